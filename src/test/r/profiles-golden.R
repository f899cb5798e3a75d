# profiles-golden.R -- golden values for profile anatomy, distinctive profiles, r_wg(J),
# Cohen's kappa and McDonald's omega (issue 12, "Profiles and agreement" and "Reliability").
#
# Rerun from the project root (the script refuses to run anywhere else):
#
#     Rscript src/test/r/profiles-golden.R
#
# It (re)writes every file in src/test/resources/golden/profiles/ except definition.json
# (the questionnaire the data answer) and README.md. Java tests compare against those files
# (1e-9; 1e-6 for omega, an iterative fit) and never call R.
#
# Made with (Debian packages r-base-core, r-cran-psych, r-cran-multilevel, r-cran-gparotation):
#     R version 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9, multilevel 2.7
# versions.txt records the versions of the run that wrote the files.
#
# Data: synthetic, seeded. 240 couples answer definition.json (w1..w6 on 1..7 with w2 and w5
# reversed; c1..c5 on 1..5 with c3 reversed) in the long layout, with: about 6 % missing
# answers (empty cells and the missing code -99), couples 1-8 with one partner only, a
# partner with a constant keyed profile (couple 9, B), a couple answering identically
# (couple 10), a couple as far apart as the warmth scale allows (couple 11, r_wg truncated
# to 0), and a partner without any conflict answer (couple 12, A).
#
# Numbers are written with up to 17 significant digits (the shortest of %.15g, %.16g, %.17g
# that parses back to the same double); NA and NaN are written as NA.

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
})

out <- file.path("src", "test", "resources", "golden", "profiles")
if (!file.exists("src/test/r/profiles-golden.R")) {
  stop("Run this from the project root: Rscript src/test/r/profiles-golden.R")
}
dir.create(out, recursive = TRUE, showWarnings = FALSE)

fmt <- function(x) {
  x <- as.numeric(x)
  s <- sprintf("%.17g", x)
  for (d in 16:15) {
    t <- sprintf(paste0("%.", d, "g"), x)
    ok <- !is.na(x) & as.numeric(t) == x
    s[ok] <- t[ok]
  }
  s[is.na(x)] <- "NA"
  s
}

write_plain_csv <- function(df, file) {
  stopifnot(!any(grepl("[,\"\n]", unlist(df))))
  lines <- c(paste(names(df), collapse = ","),
             do.call(paste, c(unname(as.list(df)), sep = ",")))
  con <- file(file.path(out, file), open = "wb")
  on.exit(close(con))
  writeLines(enc2utf8(lines), con, sep = "\n", useBytes = TRUE)
}

# ------------------------------------------------------------------- data ----

set.seed(20261201)
n_couples <- 240
w_items <- paste0("w", 1:6)
c_items <- paste0("c", 1:5)
item_names <- c(w_items, c_items)
reversed <- c("w2", "w5", "c3")
hi <- c(setNames(rep(7, 6), w_items), setNames(rep(5, 5), c_items))

couple_w <- rnorm(n_couples)
couple_c <- rnorm(n_couples)
person <- function(cw, cc) {
  pw <- 0.6 * cw + 0.8 * rnorm(1)
  pc <- 0.5 * cc + 0.85 * rnorm(1)
  lw <- c(0.9, 0.7, 0.8, 0.6, 0.75, 0.5)
  lc <- c(0.8, 0.7, 0.6, 0.5, 0.3)
  w <- round(4 + 1.3 * (lw * pw + sqrt(1 - lw^2) * rnorm(6)))
  c <- round(3 + 1.0 * (lc * pc + sqrt(1 - lc^2) * rnorm(5)))
  c(pmin(pmax(w, 1), 7), pmin(pmax(c, 1), 5))
}
keyed <- matrix(NA_real_, 2 * n_couples, length(item_names), dimnames = list(NULL, item_names))
for (i in seq_len(n_couples)) {
  keyed[2 * i - 1, ] <- person(couple_w[i], couple_c[i])
  keyed[2 * i, ] <- person(couple_w[i], couple_c[i])
}
couple <- rep(seq_len(n_couples), each = 2)
partner <- rep(c("A", "B"), n_couples)

keyed[18, ] <- 3                                   # couple 9, B: a constant keyed profile
keyed[20, ] <- keyed[19, ]                         # couple 10: identical answers
keyed[21, w_items] <- 7                            # couple 11: as far apart as possible
keyed[22, w_items] <- 1
miss <- matrix(runif(length(keyed)) < 0.06, nrow(keyed))
miss[17:22, ] <- FALSE                             # keep the special couples as made
keyed[miss] <- NA
keyed[23, c_items] <- NA                           # couple 12, A: no conflict answer

# One-partner couples: A only for couples 1-4, B only for couples 5-8.
present <- !((couple %in% 1:4 & partner == "B") | (couple %in% 5:8 & partner == "A"))

raw <- keyed
for (v in reversed) raw[, v] <- 1 + hi[v] - keyed[, v]
cell <- function(x, code99) ifelse(is.na(x), ifelse(code99, "-99", ""), as.character(x))
code99 <- matrix(runif(length(raw)) < 0.5, nrow(raw))
long <- data.frame(couple = as.character(couple), partner = partner, stringsAsFactors = FALSE)
for (j in seq_along(item_names)) long[[item_names[j]]] <- cell(raw[, j], code99[, j])
write_plain_csv(long[present, ], "data-long.csv")

# Everything below uses the persons present (scored): keyed values, NA where unanswered.
K <- keyed
K[!present, ] <- NA
A <- K[partner == "A", ]
B <- K[partner == "B", ]
complete <- !(couple[partner == "A"] %in% 1:8)

# ------------------------------------------------- profiles per couple ----

# Cronbach & Gleser (1953): D^2 = sum (a - b)^2 = elevation + scatter + shape, with
# elevation = k (mean_a - mean_b)^2, scatter = k (s_a - s_b)^2, shape = 2 k s_a s_b (1 - r),
# population SDs (divide by k), over the items both answered.
pop_sd <- function(x) sqrt(mean((x - mean(x))^2))
normative <- colMeans(K[present, ], na.rm = TRUE)   # Furr (2008): the sample's mean profile
safe_cor <- function(x, y) {
  if (length(x) < 2 || sd(x) == 0 || sd(y) == 0) NA else cor(x, y)
}
prof <- data.frame(couple = as.character(seq_len(n_couples)), stringsAsFactors = FALSE)
cols <- c("profile_r", "profile_mad", "profile_items", "profile_d2", "profile_d",
          "profile_elevation", "profile_scatter", "profile_shape", "profile_distinctive_r",
          "profile_normativeness_A", "profile_normativeness_B")
res <- matrix(NA_real_, n_couples, length(cols), dimnames = list(NULL, cols))
for (i in seq_len(n_couples)) {
  a <- A[i, ]
  b <- B[i, ]
  if (any(!is.na(a))) res[i, "profile_normativeness_A"] <- safe_cor(a[!is.na(a)], normative[!is.na(a)])
  if (any(!is.na(b))) res[i, "profile_normativeness_B"] <- safe_cor(b[!is.na(b)], normative[!is.na(b)])
  if (!complete[i]) {
    res[i, "profile_normativeness_A"] <- NA
    res[i, "profile_normativeness_B"] <- NA
    next
  }
  both <- !is.na(a) & !is.na(b)
  x <- a[both]
  y <- b[both]
  k <- length(x)
  res[i, "profile_items"] <- k
  if (k == 0) next
  r <- safe_cor(x, y)
  res[i, "profile_r"] <- r
  res[i, "profile_mad"] <- mean(abs(x - y))
  res[i, "profile_d2"] <- sum((x - y)^2)
  res[i, "profile_d"] <- sqrt(sum((x - y)^2))
  res[i, "profile_elevation"] <- k * (mean(x) - mean(y))^2
  res[i, "profile_scatter"] <- k * (pop_sd(x) - pop_sd(y))^2
  res[i, "profile_shape"] <- if (is.na(r)) 0 else 2 * k * pop_sd(x) * pop_sd(y) * (1 - r)
  res[i, "profile_distinctive_r"] <- safe_cor(x - normative[both], y - normative[both])
}
for (v in cols) prof[[v]] <- fmt(res[, v])
write_plain_csv(prof, "profiles.csv")
write_plain_csv(data.frame(item = item_names, normative = fmt(normative)), "normative.csv")

# ----------------------------------------------------- r_wg(J) per couple ----

# multilevel::rwg.j(x, grpid, ranvar) on the keyed items of the scale, one group per
# complete couple; ranvar = (A^2 - 1) / 12 for A options. rwg.j drops every row with an NA
# (na.exclude), so a partner with a missing answer on the scale leaves a group of one: NA.
scales <- list(warmth = w_items, conflict = c_items, pair = c("c1", "c2"),
               overall = item_names)
ranvar <- list(warmth = (7^2 - 1) / 12, conflict = (5^2 - 1) / 12, pair = (5^2 - 1) / 12,
               overall = NA)
rwg <- data.frame(couple = as.character(seq_len(n_couples)), stringsAsFactors = FALSE)
for (s in names(scales)) {
  v <- rep(NA_real_, n_couples)
  if (!is.na(ranvar[[s]])) {
    rows <- present & couple %in% which(complete)
    x <- K[rows, scales[[s]], drop = FALSE]
    got <- rwg.j(x, couple[rows], ranvar = ranvar[[s]])
    v[as.integer(as.character(got$grpid))] <- got$rwg.j
  }
  rwg[[paste0(s, "_rwg")]] <- fmt(v)
}
write_plain_csv(rwg, "rwg.csv")

# --------------------------------------------- kappa per item, complete couples ----

# psych::cohen.kappa(cbind(a, b)): categories are the values observed in either column
# (sorted), weights by category index; the default weights are quadratic,
# 1 - (i - j)^2 / (len - 1)^2; linear weights 1 - |i - j| / (len - 1) are passed as w.
kap <- data.frame(item = item_names, stringsAsFactors = FALSE)
kn <- kk <- kl <- kq <- cats <- rep(NA_real_, length(item_names))
for (j in seq_along(item_names)) {
  x <- na.omit(data.frame(a = A[complete, j], b = B[complete, j]))
  labels <- sort(unique(c(x$a, x$b)))
  len <- length(labels)
  kn[j] <- nrow(x)
  cats[j] <- len
  if (len < 2) next
  q <- cohen.kappa(x)
  lin <- 1 - abs(outer(seq_len(len), seq_len(len), "-")) / (len - 1)
  l <- cohen.kappa(x, w = lin)
  kk[j] <- q$kappa
  kq[j] <- q$weighted.kappa
  kl[j] <- l$weighted.kappa
  stopifnot(q$n.obs == nrow(x), abs(l$kappa - q$kappa) < 1e-15)
}
kap$n <- fmt(kn)
kap$categories <- fmt(cats)
kap$kappa <- fmt(kk)
kap$kappa_linear <- fmt(kl)
kap$kappa_quadratic <- fmt(kq)
write_plain_csv(kap, "kappa.csv")

# -------------------------------------------------------- omega per scale ----

# psych::omega(x, nfactors = 1, fm = "minres")$omega.tot on the keyed items of the group's
# persons (cor(x, use = "pairwise") inside omega). For fewer than three items dyadscore
# gives NA (one factor is not identified by two items); psych's value is kept beside it.
minres_check <- function(R) {
  # Independent check of the fixed point psych's optim reaches: iterated principal axes
  # with the uniquenesses bounded to [0.005, 1] as fa's L-BFGS-B bounds them.
  psi <- 1 - smc(R)
  for (it in 1:100000) {
    S <- R
    diag(S) <- 1 - psi
    e <- eigen(S, symmetric = TRUE)
    l <- e$vectors[, 1] * sqrt(max(e$values[1], 0))
    new <- pmin(pmax(1 - l^2, 0.005), 1)
    if (max(abs(new - psi)) < 1e-15) break
    psi <- new
  }
  if (sum(l) < 0) l <- -l
  key <- sign(l)
  key[key == 0] <- 1
  Vt <- sum(diag(key) %*% R %*% diag(key))
  (Vt - sum(1 - l^2)) / Vt
}
om <- NULL
check <- 0
for (s in names(scales)) {
  for (g in c("all", "A", "B")) {
    rows <- present & (g == "all" | partner == g)
    x <- K[rows, scales[[s]], drop = FALSE]
    psych_value <- suppressWarnings(suppressMessages(
      omega(x, nfactors = 1, fm = "minres", plot = FALSE)$omega.tot))
    a <- suppressWarnings(suppressMessages(alpha(x, warnings = FALSE)$total$raw_alpha))
    value <- if (ncol(x) < 3) NA else psych_value
    if (ncol(x) >= 3) check <- max(check, abs(minres_check(cor(x, use = "pairwise")) - value))
    om <- rbind(om, data.frame(scale = s, group = g, k = as.character(ncol(x)),
                               omega_total = fmt(value), psych_omega_total = fmt(psych_value),
                               raw_alpha = fmt(a), stringsAsFactors = FALSE))
  }
}
write_plain_csv(om, "omega.csv")
message("largest |fixed-point omega - psych omega| over the scales with k >= 3: ", check)

writeLines(c(R.version.string,
             paste("psych", packageVersion("psych")),
             paste("multilevel", packageVersion("multilevel")),
             paste("GPArotation", packageVersion("GPArotation")),
             paste("largest |fixed-point omega - psych::omega omega.tot|:", format(check))),
           file.path(out, "versions.txt"))
