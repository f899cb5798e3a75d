# calibration-golden.R -- golden values for calibration and difference-score reliability.
#
# Rerun from the project root:
#
#     Rscript src/test/r/calibration-golden.R
#
# It (re)writes src/test/resources/golden/calibration/sample.csv (a synthetic sample of
# couples for src/test/resources/calibration/closeness-conflict.json) and golden.csv (what
# `dyadscore calibrate` and `dyadscore reliability` must compute from it). Java tests compare at
# 1e-9 and never call R. Made with R 4.2.2 and psych 2.2.9 (Debian r-base-core, r-cran-psych).
#
# The definition: closeness = mean of c1..c5 (c2, c4 reversed as 6 - x), scored with at least
# one answer; conflict = sum of k1..k3 (k2 reversed), scored only when all three are answered.
#
# Numbers are written with up to 17 significant digits so that each parses to the same double.

suppressPackageStartupMessages(library(psych))
if (!file.exists("src/test/r/calibration-golden.R")) {
  stop("Run this from the project root: Rscript src/test/r/calibration-golden.R")
}
out <- file.path("src", "test", "resources", "golden", "calibration")
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

# ------------------------------------------------------------------ the sample ----
# Each couple shares a latent level per scale, so partners correlate; each person adds their
# own. Answers are rounded onto 1..5; reversed items are written as answered (unkeyed).
set.seed(20261201)
couples <- 240
closeness_items <- paste0("c", 1:5)
conflict_items <- paste0("k", 1:3)
items <- c(closeness_items, conflict_items)
reversed <- c("c2", "c4", "k2")

clamp <- function(x) pmin(5, pmax(1, round(x)))
rows <- list()
for (cpl in seq_len(couples)) {
  shared_close <- rnorm(1, 0, 0.7)
  shared_conf <- rnorm(1, 0, 0.6)
  for (p in c("A", "B")) {
    own_close <- shared_close + rnorm(1, if (p == "A") 0.2 else -0.1, 0.6)
    own_conf <- shared_conf + rnorm(1, 0, 0.7)
    keyed <- c(3 + own_close + rnorm(5, 0, 0.8), 3 + own_conf + rnorm(3, 0, 0.9))
    names(keyed) <- items
    answer <- clamp(keyed)
    names(answer) <- items
    answer[reversed] <- 6 - answer[reversed]   # as the person ticked it
    rows[[length(rows) + 1]] <- data.frame(couple = cpl, partner = p, t(answer))
  }
}
sample <- do.call(rbind, rows)
# Missing answers: 4 % at random, plus one person without any closeness answer and one
# couple where B skipped a conflict item (no conflict score for B).
for (v in items) sample[[v]][runif(nrow(sample)) < 0.04] <- NA
sample[7, closeness_items] <- NA
sample[sample$couple == 12 & sample$partner == "B", "k3"] <- NA

cells <- sample
for (v in items) cells[[v]] <- ifelse(is.na(sample[[v]]), "", as.character(sample[[v]]))
lines <- c(paste(names(cells), collapse = ","), do.call(paste, c(unname(as.list(cells)), sep = ",")))
con <- file(file.path(out, "sample.csv"), open = "wb")
writeLines(lines, con, sep = "\n")
close(con)

# ------------------------------------------------------------------ the scores ----
keyed <- sample
for (v in reversed) keyed[[v]] <- 6 - keyed[[v]]
closeness <- rowMeans(keyed[, closeness_items], na.rm = TRUE)
closeness[is.nan(closeness)] <- NA
conflict <- rowSums(keyed[, conflict_items])             # NA unless all three answered
scores <- list(closeness = closeness, conflict = conflict)
keys <- list(closeness = c("c1", "-c2", "c3", "-c4", "c5"), conflict = c("k1", "-k2", "k3"))
scale_items <- list(closeness = closeness_items, conflict = conflict_items)

golden <- list()
add <- function(scale, group, statistic, value) {
  golden[[length(golden) + 1]] <<- data.frame(scale = scale, group = group,
                                               statistic = statistic, value = fmt(value))
}
groups <- list(all = rep(TRUE, nrow(sample)), A = sample$partner == "A", B = sample$partner == "B")
for (s in names(scores)) {
  for (g in names(groups)) {
    rowsel <- groups[[g]]
    a <- suppressWarnings(psych::alpha(sample[rowsel, scale_items[[s]]], keys = keys[s]))
    add(s, g, "raw_alpha", a$total$raw_alpha)
    add(s, g, "feldt_lower", a$feldt$lower.ci[[1]])
    add(s, g, "feldt_upper", a$feldt$upper.ci[[1]])
    add(s, g, "n_rows", sum(rowsel))
    x <- scores[[s]][rowsel]
    add(s, g, "score_n", sum(!is.na(x)))
    add(s, g, "score_mean", mean(x, na.rm = TRUE))
    add(s, g, "score_sd", sd(x, na.rm = TRUE))
  }
  # Difference scores over couples where both partners have a score.
  sa <- scores[[s]][groups$A]
  sb <- scores[[s]][groups$B]
  both <- !is.na(sa) & !is.na(sb)
  alpha_a <- suppressWarnings(psych::alpha(sample[groups$A, scale_items[[s]]], keys = keys[s]))$total$raw_alpha
  alpha_b <- suppressWarnings(psych::alpha(sample[groups$B, scale_items[[s]]], keys = keys[s]))$total$raw_alpha
  s_a <- sd(sa[both]); s_b <- sd(sb[both]); r_ab <- cor(sa[both], sb[both])
  r_dd <- (s_a^2 * alpha_a + s_b^2 * alpha_b - 2 * s_a * s_b * r_ab) / (s_a^2 + s_b^2 - 2 * s_a * s_b * r_ab)
  r_mm <- (s_a^2 * alpha_a + s_b^2 * alpha_b + 2 * s_a * s_b * r_ab) / (s_a^2 + s_b^2 + 2 * s_a * s_b * r_ab)
  # The same reliability the long way: true-score variance over observed variance of the
  # difference, with var(T_A) = alpha_A var(A) and cov(T_A, T_B) = cov(A, B).
  d <- sa[both] - sb[both]
  stopifnot(abs(r_dd - (alpha_a * s_a^2 + alpha_b * s_b^2 - 2 * cov(sa[both], sb[both])) / var(d)) < 1e-12)
  add(s, "couples", "couples", sum(both))
  add(s, "couples", "alpha_A", alpha_a)
  add(s, "couples", "alpha_B", alpha_b)
  add(s, "couples", "sd_A", s_a)
  add(s, "couples", "sd_B", s_b)
  add(s, "couples", "r_AB", r_ab)
  add(s, "couples", "r_DD", r_dd)
  add(s, "couples", "r_MM", r_mm)
}
g <- do.call(rbind, golden)
con <- file(file.path(out, "golden.csv"), open = "wb")
writeLines(c("scale,group,statistic,value", do.call(paste, c(unname(as.list(g)), sep = ","))), con, sep = "\n")
close(con)
writeLines(c(paste("R", paste(R.version$major, R.version$minor, sep = ".")),
             paste("psych", as.character(packageVersion("psych")))),
           file.path(out, "versions.txt"))
