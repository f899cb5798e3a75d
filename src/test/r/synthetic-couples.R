# synthetic-couples.R -- the synthetic questionnaire data behind dyadscore's psych golden tests.
#
# SPDX-License-Identifier: CC0-1.0
# To the extent possible under law, the dyadscore authors have waived all copyright and related
# rights to this script and to the data it writes (synthetic-couples-long.csv and
# synthetic-couples-wide.csv). https://creativecommons.org/publicdomain/zero/1.0/
#
# Rerun from the project root (the script refuses to run anywhere else), then rerun
# psych-golden.R, which computes every expected value from these files:
#
#     Rscript src/test/r/synthetic-couples.R
#     Rscript src/test/r/psych-golden.R
#
# Base R only, fixed seed and fixed random number generators: the same files on every R >= 3.6.
#
# What it makes: 1400 couples (2800 persons) answering 25 items A1..O5 on 1..6, in five scales
# of five items with the keys of psychTools::bfi.keys (A1, C4, C5, E1, E2, O2, O5 reversed), so
# that it replaces that GPL data set in the tests without changing them. Nothing is copied from
# bfi; the numbers come from the model below alone.
#
# Model, per couple and scale (agree, conscientious, extraversion, neuroticism, openness):
# - partner A's trait t_A ~ N(0, 1); partner B's t_B = rho t_A + sqrt(1 - rho^2) e, rho per scale
#   (0.45, 0.30, 0.15, 0.25, 0.35): partners resemble each other, so dyadic statistics (double-
#   entry and ANOVA intraclass correlations, profile correlations) have something to find;
# - the five traits of one person correlate weakly (a common factor with loading 0.3);
# - item i's latent response y = lambda_i t + sqrt(1 - lambda_i^2) u, lambda_i in [0.45, 0.8];
#   reversed items take -t; y is cut into 1..6 at item-specific thresholds (item means differ,
#   and some items are skewed, as real items are);
# - missing answers completely at random, 0 to 36 per item (about 0.5 % overall), never all
#   five items of a scale for one person (psych and dyadscore differ there on purpose, and that
#   case has its own small test; see golden/psych/README.md).

out <- file.path("src", "test", "resources", "golden", "psych")
if (!file.exists("src/test/r/synthetic-couples.R")) {
  stop("Run this from the project root: Rscript src/test/r/synthetic-couples.R")
}
suppressWarnings(RNGversion("3.6.0"))
set.seed(20261201, kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")

couples <- 1400
n <- 2 * couples
scales <- c(A = "agree", C = "conscientious", E = "extraversion", N = "neuroticism", O = "openness")
item_names <- as.vector(t(outer(names(scales), 1:5, paste0)))
reversed <- c("A1", "C4", "C5", "E1", "E2", "O2", "O5")
rho <- c(A = 0.45, C = 0.30, E = 0.15, N = 0.25, O = 0.35)

# Traits: rows 2c-1 (partner A) and 2c (partner B) of couple c.
common <- rnorm(couples)
trait_a <- sapply(names(scales), function(s) 0.3 * common + sqrt(1 - 0.09) * rnorm(couples))
common_b <- rnorm(couples)
trait_b <- sapply(names(scales), function(s)
  rho[[s]] * trait_a[, s] + sqrt(1 - rho[[s]]^2) * (0.3 * common_b + sqrt(1 - 0.09) * rnorm(couples)))
traits <- matrix(NA_real_, n, length(scales), dimnames = list(NULL, names(scales)))
traits[seq(1, n, 2), ] <- trait_a
traits[seq(2, n, 2), ] <- trait_b

items <- matrix(NA_integer_, n, length(item_names), dimnames = list(NULL, item_names))
for (v in item_names) {
  s <- substr(v, 1, 1)
  lambda <- runif(1, 0.45, 0.8)
  sign <- if (v %in% reversed) -1 else 1
  y <- lambda * sign * traits[, s] + sqrt(1 - lambda^2) * rnorm(n)
  # Thresholds: a shifted, unevenly spaced set, so item means run from about 2.5 to 5.
  shift <- runif(1, -0.9, 0.7)
  cuts <- sort(qnorm(c(0.08, 0.22, 0.42, 0.64, 0.84)) + shift + runif(5, -0.12, 0.12))
  items[, v] <- findInterval(y, cuts) + 1L
}
stopifnot(all(items >= 1 & items <= 6), all(apply(items, 2, function(x) length(unique(x))) == 6))

# Missing answers: per item a count in 0..36, at random persons.
for (v in item_names) {
  k <- sample(0:36, 1)
  if (k > 0) items[sample.int(n, k), v] <- NA_integer_
}
# Nobody leaves a whole scale unanswered: give such a person back one answer, at random.
for (s in names(scales)) {
  cols <- paste0(s, 1:5)
  for (p in which(rowSums(!is.na(items[, cols, drop = FALSE])) == 0)) {
    items[p, sample(cols, 1)] <- findInterval(rnorm(1), qnorm(c(.1, .3, .5, .7, .9))) + 1L
  }
}

# ------------------------------------------------------------------ write ----

write_plain_csv <- function(df, file) {
  lines <- c(paste(names(df), collapse = ","), do.call(paste, c(unname(as.list(df)), sep = ",")))
  con <- file(file.path(out, file), open = "wb")
  on.exit(close(con))
  writeLines(lines, con, sep = "\n", useBytes = TRUE)
}
cell <- function(x) ifelse(is.na(x), "", as.character(x))
couple <- ceiling(seq_len(n) / 2)
partner <- ifelse(seq_len(n) %% 2 == 1, "A", "B")

long <- data.frame(couple = as.character(couple), partner = partner, stringsAsFactors = FALSE)
for (v in item_names) long[[v]] <- cell(items[, v])
write_plain_csv(long, "synthetic-couples-long.csv")

wide <- data.frame(couple = as.character(seq_len(couples)), stringsAsFactors = FALSE)
for (v in item_names) wide[[paste0("A_", v)]] <- cell(items[partner == "A", v])
for (v in item_names) wide[[paste0("B_", v)]] <- cell(items[partner == "B", v])
write_plain_csv(wide, "synthetic-couples-wide.csv")

cat("missing answers per item:", colSums(is.na(items)), "\n")
cat("item means:", round(colMeans(items, na.rm = TRUE), 2), "\n")
