# perception-golden.R -- golden values for predicting the partner (dyadscore's perception package).
#
# Rerun from the project root (the script refuses to run anywhere else):
#
#     Rscript src/test/r/perception-golden.R
#
# It (re)writes every file in src/test/resources/golden/perception/ except README.md.
# Java tests compare against them (1e-9; 1e-6 for gls) and never call R.
#
# Made with R 4.2.2 and nlme 3.1-162 (Debian r-base-core, r-cran-nlme); base R lm and cor for the
# rest. The versions of the run that wrote the files are in golden/perception/versions.txt.
#
# The questionnaire is src/test/resources/perception/perception.json: self items c1..c6
# (closeness, mean, at least 3 answered; c2 and c5 reversed) and t1..t6 (trust, prorated sum, at
# least 2 answered; t3 reversed) on 1..5 with missing code -99, a composite 'overall' (mean of
# both, needs both), and prediction items pc1..pc6 and pt1..pt4 ("how do you think your partner
# answered"), keyed like their self items.
#
# Synthetic data, seeded: 80 couples, partner A and B. Answers come from a latent level per person
# plus noise; a prediction mixes the partner's answer, the predictor's own answer and noise. About
# 8 % of cells are missing (NA, some written as -99). Special cases:
#   couple 5:  no predictions at all (both partners)
#   couple 9:  partner A predicts 3 on every item (constant predictions)
#   couple 13: partner B answers only 2 prediction items (too few items for r and lm)
#   couple 17: partner A's own answers are all 4 (no variance in S_X)
#   couple 21: partner B's predictions on 3 items only (r defined, lm not: n < 4)
#   couples 78, 79, 80: one partner only (78 and 80: A, 79: B)
#
# Definitions (documented in the README and in the Javadoc of io.github.dyadscore.perception):
# for a direction "X about Y" and a set of self items (all items with a prediction item, or one
# scale's items with one), the items used are those where X's prediction P, Y's self answer S_Y
# and X's self answer S_X are all present; values are keyed (reversed: 6 - x).
#   n          items used
#   accuracy   cor(P, S_Y); assumed = cor(P, S_X); actual = cor(S_X, S_Y)
#              NA when n < 3 or either variable is constant
#   exact      100 * mean(P == S_Y); within_one = 100 * mean(|P - S_Y| <= 1)    NA when n = 0
#   bias       mean(P - S_Y); mae = mean(|P - S_Y|)                             NA when n = 0
#   ka_*       coef(lm(P ~ S_Y + S_X)): intercept, truth slope, assumed-similarity slope;
#              NA when n < 4, S_Y or S_X constant, or 1 - cor(S_Y, S_X)^2 < 1e-10
#   predicted, actual_score, own_score: the scale scored by its own rules (method, minimum
#              answered, composites) from P, S_Y and S_X on the items used only; difference =
#              predicted - actual_score. Not for the all-items row.
#
# Across couples, per scale: one row per couple and direction with P = predicted, T = actual_score
# (truth), B = own_score (bias: assumed similarity), all three present. West & Kenny (2011):
# every variable centred on the mean of T over the rows of the model (per direction for the
# direction models, over both directions for 'both'), then
#   OLS per direction: lm(P ~ T + B)          OLS both: lm(P ~ T + B) on both directions stacked
#   GLS per direction: gls(P ~ 0 + dir + dir:T + dir:B, correlation = corCompSymm(form = ~ 1 | couple))
#   GLS both:          gls(P ~ T + B, correlation = corCompSymm(form = ~ 1 | couple))
# with REML (nlme's default). Rows: scale, direction, method, n, couples, b0, se_b0, b_truth,
# se_truth, b_bias, se_bias, sigma, rho (gls), loglik (gls, REML).
#
# Numbers are written with up to 17 significant digits so that each parses back to the same double.

suppressPackageStartupMessages(library(nlme))

if (!file.exists("src/test/r/perception-golden.R")) {
  stop("Run this from the project root: Rscript src/test/r/perception-golden.R")
}
out <- file.path("src", "test", "resources", "golden", "perception")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

num <- function(x) {
  vapply(x, function(v) {
    if (is.na(v)) return("NA")
    for (digits in c(15, 16, 17)) {
      s <- sprintf(paste0("%.", digits, "g"), v)
      if (as.numeric(s) == v) return(s)
    }
    s
  }, character(1))
}
write_golden <- function(df, file) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE, na = "NA")
}

# ------------------------------------------------------------------ the questionnaire

closeness <- paste0("c", 1:6)
trust <- paste0("t", 1:6)
self_items <- c(closeness, trust)
reversed <- c("c2", "c5", "t3")
predicted_items <- c(closeness, paste0("t", 1:4))
pred_col <- function(item) paste0("p", item)
key <- function(item, x) if (item %in% reversed) 6 - x else x

# ------------------------------------------------------------------ data

set.seed(20261201)
n_couples <- 80
clip <- function(x) pmin(5, pmax(1, round(x)))
rows <- list()
for (cp in 1:n_couples) {
  level <- rnorm(1, 0, 0.6)
  lv <- c(A = level + rnorm(1, 0, 0.5), B = level + rnorm(1, 0, 0.5))
  self <- list()
  for (p in c("A", "B")) {
    s <- sapply(self_items, function(item) {
      raw <- clip(3.2 + lv[[p]] + rnorm(1, 0, 0.9))
      if (item %in% reversed) 6 - raw else raw     # raw code, keyed later
    })
    self[[p]] <- s
  }
  for (p in c("A", "B")) {
    other <- if (p == "A") "B" else "A"
    w_truth <- runif(1, 0.2, 0.8)
    w_self <- runif(1, 0, 0.6)
    pred <- sapply(predicted_items, function(item) {
      kt <- key(item, self[[other]][[item]])
      ks <- key(item, self[[p]][[item]])
      k <- clip(w_truth * kt + w_self * ks + (1 - w_truth - w_self) * 3.3 + rnorm(1, 0.2, 0.7))
      key(item, k)                                 # back to a raw code
    })
    row <- c(self[[p]], setNames(pred, pred_col(predicted_items)))
    row[runif(length(row)) < 0.08] <- NA
    rows[[length(rows) + 1]] <- data.frame(couple = cp, partner = p, t(row), check.names = FALSE)
  }
}
data <- do.call(rbind, rows)
pcols <- pred_col(predicted_items)
data[data$couple == 5, pcols] <- NA
data[data$couple == 9 & data$partner == "A", pcols] <- 3
data[data$couple == 13 & data$partner == "B", pcols] <- NA
data[data$couple == 13 & data$partner == "B", c("pc1", "pc2")] <- c(2, 4)
data[data$couple == 13, c("c1", "c2")] <- matrix(c(3, 3, 4, 2), 2)
data[data$couple == 17 & data$partner == "A", self_items] <- 4
data[data$couple == 21 & data$partner == "B", pcols] <- NA
data[data$couple == 21 & data$partner == "B", c("pc1", "pc3", "pc4")] <- c(2, 4, 5)
data[data$couple == 21, c("c1", "c3", "c4")] <- matrix(c(2, 3, 3, 3, 4, 5), 2, byrow = TRUE)
data <- data[!(data$couple == 78 & data$partner == "B"), ]
data <- data[!(data$couple == 79 & data$partner == "A"), ]
data <- data[!(data$couple == 80 & data$partner == "B"), ]
# Some missing answers written as the definition's missing code.
written <- data
set.seed(7)
cells <- which(is.na(as.matrix(written[, -(1:2)])), arr.ind = TRUE)
code99 <- cells[runif(nrow(cells)) < 0.3, , drop = FALSE]
m <- as.matrix(written[, -(1:2)])
m[code99] <- -99
written[, -(1:2)] <- m
out_data <- written
out_data[is.na(out_data)] <- ""
write.csv(out_data, file.path(out, "couples.csv"), row.names = FALSE, quote = FALSE)

# ------------------------------------------------------------------ scoring rules

keyed <- function(person, items) sapply(items, function(i) key(i, person[[i]]))
score_closeness <- function(v) if (sum(!is.na(v)) >= 3) mean(v, na.rm = TRUE) else NA
score_trust <- function(v) if (sum(!is.na(v)) >= 2) sum(v, na.rm = TRUE) * 6 / sum(!is.na(v)) else NA
scale_scores <- function(values) {
  # values: keyed values over the 12 self items (NA = not used)
  cl <- score_closeness(values[closeness])
  tr <- score_trust(values[trust])
  c(closeness = cl, trust = tr, overall = if (is.na(cl) || is.na(tr)) NA else (cl + tr) / 2)
}
scale_items <- list(closeness = closeness, trust = paste0("t", 1:4),
                    overall = predicted_items)

safe_cor <- function(x, y) {
  if (length(x) < 3 || sd(x) == 0 || sd(y) == 0) NA else cor(x, y)
}
indices <- function(P, SY, SX) {
  n <- length(P)
  res <- list(n = n, accuracy = safe_cor(P, SY), assumed = safe_cor(P, SX),
              actual = safe_cor(SX, SY), exact = NA, within_one = NA, bias = NA, mae = NA,
              ka_intercept = NA, ka_truth = NA, ka_assumed = NA)
  if (n > 0) {
    res$exact <- 100 * mean(P == SY)
    res$within_one <- 100 * mean(abs(P - SY) <= 1)
    res$bias <- mean(P - SY)
    res$mae <- mean(abs(P - SY))
  }
  if (n >= 4 && sd(SY) > 0 && sd(SX) > 0 && 1 - cor(SY, SX)^2 >= 1e-10) {
    co <- coef(lm(P ~ SY + SX))
    res$ka_intercept <- co[[1]]
    res$ka_truth <- co[[2]]
    res$ka_assumed <- co[[3]]
  }
  res
}

# ------------------------------------------------------------------ per couple and direction

per_couple <- list()
model_rows <- list()
complete <- intersect(data$couple[data$partner == "A"], data$couple[data$partner == "B"])
for (cp in complete) {
  persons <- list(A = data[data$couple == cp & data$partner == "A", ],
                  B = data[data$couple == cp & data$partner == "B", ])
  for (dir in c("A_about_B", "B_about_A")) {
    x <- if (dir == "A_about_B") "A" else "B"
    y <- if (dir == "A_about_B") "B" else "A"
    P <- sapply(predicted_items, function(i) key(i, persons[[x]][[pred_col(i)]]))
    SY <- keyed(persons[[y]], predicted_items)
    SX <- keyed(persons[[x]], predicted_items)
    used <- predicted_items[!is.na(P) & !is.na(SY) & !is.na(SX)]
    for (level in c(NA, "closeness", "trust", "overall")) {
      items <- if (is.na(level)) predicted_items else intersect(scale_items[[level]], used)
      if (is.na(level)) items <- used
      ind <- indices(P[items], SY[items], SX[items])
      pred <- actual <- own <- NA
      if (!is.na(level)) {
        only <- function(v) { w <- setNames(rep(NA, length(self_items)), self_items); w[items] <- v[items]; w }
        pred <- scale_scores(only(P))[[level]]
        actual <- scale_scores(only(SY))[[level]]
        own <- scale_scores(only(SX))[[level]]
        model_rows[[length(model_rows) + 1]] <- data.frame(scale = level, couple = cp,
          direction = dir, P = pred, T = actual, B = own)
      }
      per_couple[[length(per_couple) + 1]] <- data.frame(couple = cp, direction = dir,
        scale = level, ind, predicted = pred, actual_score = actual, own_score = own,
        difference = pred - actual)
    }
  }
}
per_couple <- do.call(rbind, per_couple)
write_golden(per_couple, "perception-couples.csv")

# ------------------------------------------------------------------ across couples

models <- do.call(rbind, model_rows)
models <- models[!is.na(models$P) & !is.na(models$T) & !is.na(models$B), ]
centre <- function(d) {
  m <- mean(d$T)
  d$Pc <- d$P - m
  d$Tc <- d$T - m
  d$Bc <- d$B - m
  d
}
fit_rows <- list()
add_fit <- function(scale, direction, method, n, couples, est, se, sigma, rho, loglik) {
  fit_rows[[length(fit_rows) + 1]] <<- data.frame(scale = scale, direction = direction,
    method = method, n = n, couples = couples, b0 = est[1], se_b0 = se[1], b_truth = est[2],
    se_truth = se[2], b_bias = est[3], se_bias = se[3], sigma = sigma, rho = rho,
    loglik = loglik)
}
ctrl <- glsControl(tolerance = 1e-10, msTol = 1e-12, msMaxIter = 500, maxIter = 500)
for (s in c("closeness", "trust", "overall")) {
  d <- models[models$scale == s, ]
  per_dir <- do.call(rbind, lapply(split(d, d$direction), centre))
  for (dir in c("A_about_B", "B_about_A")) {
    dd <- per_dir[per_dir$direction == dir, ]
    f <- lm(Pc ~ Tc + Bc, data = dd)
    add_fit(s, dir, "ols", nrow(dd), length(unique(dd$couple)), coef(f),
            sqrt(diag(vcov(f))), summary(f)$sigma, NA, NA)
  }
  both <- centre(d)
  f <- lm(Pc ~ Tc + Bc, data = both)
  add_fit(s, "both", "ols", nrow(both), length(unique(both$couple)), coef(f),
          sqrt(diag(vcov(f))), summary(f)$sigma, NA, NA)

  per_dir$dir <- factor(per_dir$direction, levels = c("A_about_B", "B_about_A"))
  per_dir <- per_dir[order(per_dir$couple, per_dir$dir), ]
  g <- gls(Pc ~ 0 + dir + dir:Tc + dir:Bc, data = per_dir, method = "REML",
           correlation = corCompSymm(form = ~ 1 | couple), control = ctrl)
  g0 <- gls(Pc ~ 0 + dir + dir:Tc + dir:Bc, data = per_dir, method = "REML",
            correlation = corCompSymm(form = ~ 1 | couple))
  stopifnot(max(abs(coef(g) - coef(g0))) < 1e-6)
  rho <- coef(g$modelStruct$corStruct, unconstrained = FALSE)[[1]]
  co <- coef(g)
  se <- sqrt(diag(vcov(g)))
  for (k in 1:2) {
    dir <- levels(per_dir$dir)[k]
    idx <- c(k, k + 2, k + 4)
    rows_dir <- per_dir[per_dir$direction == dir, ]
    add_fit(s, dir, "gls", nrow(rows_dir), length(unique(rows_dir$couple)), co[idx], se[idx],
            g$sigma, rho, as.numeric(logLik(g)))
  }
  both <- both[order(both$couple, both$direction), ]
  g <- gls(Pc ~ Tc + Bc, data = both, method = "REML",
           correlation = corCompSymm(form = ~ 1 | couple), control = ctrl)
  g0 <- gls(Pc ~ Tc + Bc, data = both, method = "REML",
            correlation = corCompSymm(form = ~ 1 | couple))
  stopifnot(max(abs(coef(g) - coef(g0))) < 1e-6)
  add_fit(s, "both", "gls", nrow(both), length(unique(both$couple)), coef(g),
          sqrt(diag(vcov(g))), g$sigma,
          coef(g$modelStruct$corStruct, unconstrained = FALSE)[[1]], as.numeric(logLik(g)))
}
fits <- do.call(rbind, fit_rows)
write_golden(fits, "perception-models.csv")
# The model rows themselves, so that a test can fit the models from exactly these numbers.
write_golden(models, "perception-model-data.csv")

writeLines(c(paste("R", paste(R.version$major, R.version$minor, sep = ".")),
             paste("nlme", as.character(packageVersion("nlme")))),
           file.path(out, "versions.txt"))
