# reliability-options.R -- golden values for `dyadscore reliability --complete-cases` and
# `--impute mean|median`, on synthetic data this script makes (CC0; no third-party data).
#
# Rerun from the project root (the script refuses to run anywhere else):
#
#     Rscript src/test/r/reliability-options.R
#
# It (re)writes src/test/resources/golden/reliability-options/:
#   couples-long.csv  250 synthetic couples (500 persons, long layout), items r1..r8 on 1..5,
#                     about 8 % of answers missing at random and three persons missing every
#                     item of the first scale; with the definition two-scales.json (written by
#                     hand, beside this data) it is the input of ReliabilityOptionsGoldenTest.
#   persons-single.csv, persons-single-scores.csv
#                     the same 500 persons as individuals (id, r1..r8) for --layout single,
#                     and their psych::scoreItems(impute = "none", min = 1, max = 5) scores.
#   golden.csv        method,group,scale,statistic,value: the numbers psych gives, with up to
#                     17 significant digits so each parses back to the very same double.
# Tests never call R. Made with R 4.2.2 Patched (2022-11-10 r83330) and psych 2.2.9 (Debian
# bookworm's r-base-core and r-cran-psych); the seed makes a rerun byte-identical.
#
# What is computed:
#   pairwise        psych::alpha(x, keys) over every person (the single layout's statistics).
#   complete_cases  psych::alpha(na.omit(x), keys = <reversed items>) per scale, where x holds
#                   the scale's items of the group's persons: raw_alpha, std.alpha, average_r,
#                   the Feldt interval (psych's alpha.ci via $feldt) and n = nrow(na.omit(x)).
#   imputed_median, imputed_mean
#                   psych::scoreItems(keys, items, impute = ..., min = 1, max = 5)$alpha over
#                   every person (all eight items passed at once, as psych imputes them: each
#                   missing answer replaced by the item's median or mean over all rows), and
#                   psych::alpha on that same imputed matrix for r.drop per item.

suppressPackageStartupMessages(library(psych))

if (!file.exists("src/test/r/reliability-options.R")) {
  stop("Run this from the project root: Rscript src/test/r/reliability-options.R")
}
out <- file.path("src", "test", "resources", "golden", "reliability-options")
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

set.seed(20261201)
n_couples <- 250
n <- 2 * n_couples
warmth <- rnorm(n)
conflict <- rnorm(n)
item <- function(f, reversed) {
  x <- round(3 + (if (reversed) -0.9 else 0.9) * f + rnorm(n, 0, 0.9))
  pmin(5, pmax(1, x))
}
items <- data.frame(r1 = item(warmth, FALSE), r2 = item(warmth, TRUE),
                    r3 = item(warmth, FALSE), r4 = item(warmth, FALSE),
                    r5 = item(conflict, FALSE), r6 = item(conflict, FALSE),
                    r7 = item(conflict, TRUE), r8 = item(conflict, FALSE))
items[matrix(runif(n * 8) < 0.08, n, 8)] <- NA
items[c(5, 17, 40), 1:4] <- NA

data <- data.frame(couple = rep(seq_len(n_couples), each = 2),
                   partner = rep(c("A", "B"), n_couples), items)
cells <- as.matrix(data)
cells[is.na(cells)] <- "NA"
lines <- c(paste(names(data), collapse = ","), apply(cells, 1, paste, collapse = ","))
con <- file(file.path(out, "couples-long.csv"), open = "wb")
writeLines(gsub(" ", "", lines), con, sep = "\n")
close(con)

scales <- list(warmth = c("r1", "r2", "r3", "r4"), conflict = c("r5", "r6", "r7", "r8"))
reversed <- list(warmth = "r2", conflict = "r7")
groups <- list(all = rep(TRUE, n), A = data$partner == "A", B = data$partner == "B")

rows <- list()
add <- function(method, group, scale, statistic, value) {
  rows[[length(rows) + 1]] <<- data.frame(method = method, group = group, scale = scale,
                                          statistic = statistic, value = fmt(value))
}

for (g in names(groups)) {
  for (s in names(scales)) {
    x <- na.omit(items[groups[[g]], scales[[s]]])
    a <- alpha(x, keys = reversed[[s]], warnings = FALSE)
    add("complete_cases", g, s, "n", nrow(x))
    add("complete_cases", g, s, "raw_alpha", a$total$raw_alpha)
    add("complete_cases", g, s, "std_alpha", a$total$std.alpha)
    add("complete_cases", g, s, "average_r", a$total$average_r)
    add("complete_cases", g, s, "feldt_lower", a$feldt$lower.ci$raw_alpha)
    add("complete_cases", g, s, "feldt_upper", a$feldt$upper.ci$raw_alpha)
  }
}

keys <- list(warmth = c("r1", "-r2", "r3", "r4"), conflict = c("r5", "r6", "-r7", "r8"))
for (impute in c("median", "mean")) {
  method <- paste0("imputed_", impute)
  si <- scoreItems(keys, items, impute = impute, min = 1, max = 5)
  filled <- as.matrix(items)
  miss <- which(is.na(filled), arr.ind = TRUE)
  fill <- if (impute == "mean") colMeans(items, na.rm = TRUE) else
    apply(items, 2, median, na.rm = TRUE)
  filled[miss] <- fill[miss[, 2]]
  for (s in names(scales)) {
    add(method, "all", s, "raw_alpha", si$alpha[1, s])
    a <- alpha(filled[, scales[[s]]], keys = reversed[[s]], warnings = FALSE)
    stopifnot(abs(a$total$raw_alpha - si$alpha[1, s]) < 1e-12)
    add(method, "all", s, "n", nrow(filled))
    for (i in scales[[s]]) {
      add(method, "all", s, paste0("r_drop_", i), a$item.stats[i, "r.drop"])
    }
  }
}

# The same persons as individuals (--layout single): one row per person with an id, no couple.
single <- data.frame(id = sprintf("p%03d", seq_len(n)), items)
cells <- as.matrix(single)
cells[is.na(cells)] <- "NA"
lines <- c(paste(names(single), collapse = ","), apply(cells, 1, paste, collapse = ","))
con <- file(file.path(out, "persons-single.csv"), open = "wb")
writeLines(gsub(" ", "", lines), con, sep = "\n")
close(con)
# Their scores as psych::scoreItems gives them without imputation (NaN: no item answered).
scores <- scoreItems(keys, items, impute = "none", min = 1, max = 5)$scores
con <- file(file.path(out, "persons-single-scores.csv"), open = "wb")
writeLines(c("id,warmth,conflict", paste(single$id, fmt(scores[, "warmth"]),
             fmt(scores[, "conflict"]), sep = ",")), con, sep = "\n")
close(con)
# psych::alpha over every person, pairwise (its default): the single layout's sample statistics.
for (s in names(scales)) {
  a <- alpha(items[, scales[[s]]], keys = reversed[[s]], warnings = FALSE)
  add("pairwise", "all", s, "n", n)
  add("pairwise", "all", s, "raw_alpha", a$total$raw_alpha)
  add("pairwise", "all", s, "std_alpha", a$total$std.alpha)
  add("pairwise", "all", s, "average_r", a$total$average_r)
}

golden <- do.call(rbind, rows)
con <- file(file.path(out, "golden.csv"), open = "wb")
writeLines(c(paste(names(golden), collapse = ","), do.call(paste, c(unname(as.list(golden)),
           sep = ","))), con, sep = "\n")
close(con)
