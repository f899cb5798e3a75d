# psych-golden.R -- golden reference values for dyadscore's Java tests.
#
# Rerun from the project root (the script refuses to run anywhere else):
#
#     Rscript src/test/r/psych-golden.R
#
# It (re)writes every file in src/test/resources/golden/psych/ except README.md.
# Java tests compare against those files at 1e-9 and never call R.
#
# Made with (Debian packages r-base-core, r-cran-psych):
#     R version 4.2.2 Patched (2022-11-10 r83330)
#     psych 2.2.9
# The versions of the run that wrote the files are in golden/psych/versions.txt;
# the script warns if they differ from the ones above.
#
# Data: golden/psych/synthetic-couples-long.csv, written by synthetic-couples.R (CC0; run
# it first if you change the data): 1400 synthetic couples (2800 persons, rows 2c-1 and 2c
# are partners A and B of couple c), items A1..O5 on 1..6 with missing answers, scored with
# the keys of psychTools::bfi.keys. It replaced psychTools::bfi, whose GPL licence does not
# suit an Apache-2.0 project.
#
# Numbers are written with up to 17 significant digits (sprintf("%.17g"), or %.16g /
# %.15g when that parses back to the very same double): every value round-trips exactly;
# NA and NaN are both written as "NA" (the README says where R gives NaN).

suppressPackageStartupMessages({
  library(psych)
})

out <- file.path("src", "test", "resources", "golden", "psych")
if (!dir.exists(file.path("src", "test", "r")) || !file.exists("src/test/r/psych-golden.R")) {
  stop("Run this from the project root: Rscript src/test/r/psych-golden.R")
}
dir.create(out, recursive = TRUE, showWarnings = FALSE)

expected_versions <- c(R = "4.2.2", psych = "2.2.9")
actual_versions <- c(R = paste(R.version$major, R.version$minor, sep = "."),
                     psych = as.character(packageVersion("psych")))
if (!identical(expected_versions, actual_versions)) {
  warning("Versions differ from those the committed files were made with: ",
          paste(names(actual_versions), actual_versions, collapse = ", "))
}

# ---------------------------------------------------------------- helpers ----

# Shortest of %.15g / %.16g / %.17g that parses back to the identical double, so every
# value round-trips exactly (e.g. 4.2 rather than 4.2000000000000002).
fmt <- function(x) {
  x <- as.numeric(x)
  s <- sprintf("%.17g", x)
  for (d in 16:15) {
    t <- sprintf(paste0("%.", d, "g"), x)
    ok <- !is.na(x) & as.numeric(t) == x
    s[ok] <- t[ok]
  }
  s[is.na(x)] <- "NA"                          # is.na() is TRUE for NaN too
  s
}

# Write a data.frame whose columns are already character; LF line ends, no quotes.
write_plain_csv <- function(df, file) {
  stopifnot(!any(grepl("[,\"\n]", unlist(df))))
  lines <- c(paste(names(df), collapse = ","),
             do.call(paste, c(unname(as.list(df)), sep = ",")))
  con <- file(file.path(out, file), open = "wb")
  on.exit(close(con))
  writeLines(enc2utf8(lines), con, sep = "\n", useBytes = TRUE)
}

long_rows <- list()
add <- function(acc, ...) { acc[[length(acc) + 1]] <- data.frame(..., stringsAsFactors = FALSE); acc }

# ------------------------------------------------------------------- data ----

data <- read.csv(file.path(out, "synthetic-couples-long.csv"), colClasses = "character")
item_names <- c(paste0("A", 1:5), paste0("C", 1:5), paste0("E", 1:5),
                paste0("N", 1:5), paste0("O", 1:5))
stopifnot(identical(names(data), c("couple", "partner", item_names)))
items <- as.data.frame(lapply(data[item_names], function(x) as.integer(ifelse(x == "", NA, x))))
n <- nrow(items)
stopifnot(n == 2800, n %% 2 == 0, all(unlist(items) %in% c(1:6, NA)))
couple <- ceiling(seq_len(n) / 2)
partner <- ifelse(seq_len(n) %% 2 == 1, "A", "B")
stopifnot(identical(data$couple, as.character(couple)), identical(data$partner, partner))

# ------------------------------------------------------------------- keys ----

keys <- list(agree         = c("-A1", "A2", "A3", "A4", "A5"),
             conscientious = c("C1", "C2", "C3", "-C4", "-C5"),
             extraversion  = c("-E1", "-E2", "E3", "E4", "E5"),
             neuroticism   = c("N1", "N2", "N3", "N4", "N5"),
             openness      = c("O1", "-O2", "O3", "O4", "-O5"))
# (the keys of psychTools::bfi.keys, written out: keys are facts, not data)
scale_items <- lapply(keys, function(k) sub("^-", "", k))
reversed    <- lapply(keys, function(k) sub("^-", "", k[startsWith(k, "-")]))

# ------------------------------------------------------------- scoreItems ----

si <- list()
for (imp in c("none", "mean", "median")) {
  si[[imp]] <- scoreItems(keys, items, totals = FALSE, min = 1, max = 6, impute = imp)
  sc <- si[[imp]]$scores
  stopifnot(nrow(sc) == n, identical(colnames(sc), names(keys)))
  df <- data.frame(couple = as.character(couple), partner = partner, stringsAsFactors = FALSE)
  for (s in names(keys)) df[[s]] <- fmt(sc[, s])
  write_plain_csv(df, paste0("scoreItems-", imp, ".csv"))
}

# scoreItems' own scale statistics (they depend on impute: with "mean"/"median" the
# covariances are computed on the imputed items).
rows <- list()
for (imp in names(si)) for (s in names(keys)) {
  r <- si[[imp]]
  rows <- add(rows, impute = imp, scale = s, statistic = "alpha", value = fmt(r$alpha[1, s]))
  rows <- add(rows, impute = imp, scale = s, statistic = "av.r", value = fmt(r$av.r[1, s]))
  rows <- add(rows, impute = imp, scale = s, statistic = "med.r", value = fmt(r$med.r[s]))
  rows <- add(rows, impute = imp, scale = s, statistic = "n.items", value = fmt(r$n.items[s]))
  if (imp == "none") {
    rows <- add(rows, impute = imp, scale = s, statistic = "num.ob.item", value = fmt(r$num.ob.item[s]))
    rows <- add(rows, impute = imp, scale = s, statistic = "alpha.ob", value = fmt(r$alpha.ob[1, s]))
  }
}
write_plain_csv(do.call(rbind, rows), "scoreItems-stats.csv")

# ------------------------------------------------------------------ alpha ----

run_alpha <- function(x, s) {
  suppressWarnings(psych::alpha(x[, scale_items[[s]]], keys = keys[s]))   # keys as a named list
}

rows <- list()
feldt_rows <- list()
max_prerev_diff <- 0
for (s in names(keys)) {
  x <- items[, scale_items[[s]]]
  a <- run_alpha(items, s)
  # Same scale, items pre-reversed as 7 - x (min 1 + max 6 - x), no keys:
  xr <- x
  for (v in reversed[[s]]) xr[[v]] <- 7 - xr[[v]]
  ar <- suppressWarnings(psych::alpha(xr))
  cmp <- c(unlist(a$total[1:9]) - unlist(ar$total[1:9]),
           unlist(a$alpha.drop) - unlist(ar$alpha.drop),
           unlist(a$item.stats) - unlist(ar$item.stats))
  max_prerev_diff <- max(max_prerev_diff, abs(cmp))

  tot <- a$total
  k <- length(scale_items[[s]])
  answered <- rowSums(!is.na(x))
  scale_stats <- c(raw_alpha = tot$raw_alpha, std.alpha = tot$std.alpha,
                   "G6(smc)" = tot[["G6(smc)"]], average_r = tot$average_r,
                   "S/N" = tot[["S/N"]], ase = tot$ase, mean = tot$mean, sd = tot$sd,
                   median_r = tot$median_r,
                   nvar = a$nvar,
                   n_rows = nrow(x),                 # what alpha() uses as n (ase, feldt)
                   n_complete = sum(answered == k),
                   n_any = sum(answered > 0),
                   feldt_lower = a$feldt$lower.ci[[1]], feldt_upper = a$feldt$upper.ci[[1]])
  for (st in names(scale_stats))
    rows <- add(rows, scale = s, statistic = st, item = "", value = fmt(scale_stats[[st]]))

  item_ids <- sub("-$", "", rownames(a$item.stats))
  stopifnot(identical(item_ids, scale_items[[s]]))
  for (st in c("n", "raw.r", "std.r", "r.cor", "r.drop", "mean", "sd"))
    for (i in seq_along(item_ids))
      rows <- add(rows, scale = s, statistic = st, item = item_ids[i], value = fmt(a$item.stats[i, st]))
  for (st in c("raw_alpha", "std.alpha", "G6(smc)", "average_r", "S/N", "alpha se", "var.r", "med.r"))
    for (i in seq_along(item_ids))
      rows <- add(rows, scale = s, statistic = paste0("drop.", st), item = item_ids[i],
                  value = fmt(a$alpha.drop[i, st]))

  # Feldt CI through psych::alpha.ci, for three choices of n. "n_rows" is psych's own
  # convention (alpha()$feldt passes nrow(x)); the script checks they agree.
  for (rule in c("n_rows", "n_any", "n_complete")) {
    nn <- scale_stats[[rule]]
    ci <- psych::alpha.ci(tot$raw_alpha, nn, k, p.val = .05)
    if (rule == "n_rows") stopifnot(ci$lower.ci == scale_stats[["feldt_lower"]],
                                    ci$upper.ci == scale_stats[["feldt_upper"]])
    feldt_rows <- add(feldt_rows, scale = s, n_rule = rule, n = fmt(nn), k = fmt(k),
                      alpha = fmt(tot$raw_alpha), lower = fmt(ci$lower.ci), upper = fmt(ci$upper.ci),
                      r.bar = fmt(ci$r.bar))
  }
}
stopifnot(max_prerev_diff < 1e-12)
write_plain_csv(do.call(rbind, rows), "alpha.csv")
write_plain_csv(do.call(rbind, feldt_rows), "alpha-feldt.csv")

rows <- list()
for (p in c("A", "B")) for (s in names(keys)) {
  a <- run_alpha(items[partner == p, ], s)
  for (st in c("raw_alpha", "std.alpha", "average_r"))
    rows <- add(rows, partner = p, scale = s, statistic = st, value = fmt(a$total[[st]]))
  rows <- add(rows, partner = p, scale = s, statistic = "n_rows", value = fmt(sum(partner == p)))
}
write_plain_csv(do.call(rbind, rows), "alpha-by-partner.csv")

# ----------------------------------------------- double-entry ICC (base R) ----

sc <- si[["none"]]$scores
rows <- list()
for (s in names(keys)) {
  x1 <- sc[partner == "A", s]
  x2 <- sc[partner == "B", s]
  ok <- !is.na(x1) & !is.na(x2)          # is.na() also catches NaN
  x1 <- x1[ok]; x2 <- x2[ok]
  N <- length(x1)
  r_pairwise <- cor(c(x1, x2), c(x2, x1))                  # Griffin & Gonzalez (1995)
  ms_b <- 2 * var((x1 + x2) / 2)                           # Kenny, Kashy & Cook (2006)
  ms_w <- sum((x1 - x2)^2) / (2 * N)
  icc <- (ms_b - ms_w) / (ms_b + ms_w)
  rows <- add(rows, scale = s, N = fmt(N), r_double_entry = fmt(r_pairwise),
              ms_between = fmt(ms_b), ms_within = fmt(ms_w), icc_anova = fmt(icc))
}
write_plain_csv(do.call(rbind, rows), "icc-double-entry.csv")

# ------------------------------------------------------ profile agreement ----

keyed <- items
for (v in unlist(reversed)) keyed[[v]] <- 7 - keyed[[v]]
keyed <- as.matrix(keyed)
rows <- list()
for (cpl in 1:50) {
  a <- keyed[2 * cpl - 1, ]
  b <- keyed[2 * cpl, ]
  both <- !is.na(a) & !is.na(b)
  a <- a[both]; b <- b[both]
  r <- if (length(a) >= 2 && sd(a) > 0 && sd(b) > 0) cor(a, b) else NA
  rows <- add(rows, couple = as.character(cpl), r = fmt(r),
              mean_abs_diff = fmt(if (length(a) > 0) mean(abs(a - b)) else NA),
              n_items = as.character(length(a)))
}
write_plain_csv(do.call(rbind, rows), "profile.csv")

# ------------------------------------------------------------- small case ----
# The code below is run AND copied verbatim into small-cases.md.

small_code <- '
small <- data.frame(Q1 = c(4, 2, 5, 3, NA, 1),
                    Q2 = c(3, 4, 4, 2, 3, 1),
                    Q3 = c(2, 3, 1, 4, 5, 3),    # reversed item
                    Q4 = c(5, NA, 3, 2, 2, 4))
small_keys <- list(total = c("Q1", "Q2", "-Q3", "Q4"))
small_scores <- sapply(c("none", "mean", "median"), function(imp)
  scoreItems(small_keys, small, min = 1, max = 5, impute = imp)$scores[, "total"])
small_alpha <- psych::alpha(small, keys = small_keys)
# all-missing demonstration: person 3 answered neither item of scale "pair"
allmiss <- data.frame(X1 = c(1, 4, NA, 5), X2 = c(2, 5, NA, 3))
allmiss_scores <- sapply(c("none", "mean", "median"), function(imp)
  scoreItems(list(pair = c("X1", "X2")), allmiss, min = 1, max = 5, impute = imp)$scores[, "pair"])
'
eval(parse(text = small_code))

md <- c(
  "# Small hand-checkable cases (psych)",
  "",
  "Written by `src/test/r/psych-golden.R` (do not edit by hand; rerun the script).",
  sprintf("Made with %s, psych %s.", R.version.string, packageVersion("psych")),
  "Numbers are R doubles printed with up to 17 significant digits (the shortest of `%.15g`/`%.16g`/`%.17g` that reads back as the same double); `NaN` is what R returned.",
  "",
  "## R code",
  "",
  "```r",
  "library(psych)",
  trimws(strsplit(small_code, "\n")[[1]], which = "right")[-1],
  "```",
  "",
  "## Case 1: 6 persons x 4 items on 1..5, Q3 reversed (6 - x), 2 missing answers",
  "",
  "| person | Q1 | Q2 | Q3 | Q4 |",
  "|---|---|---|---|---|",
  sprintf("| %d | %s |", 1:6, apply(small, 1, function(r) paste(ifelse(is.na(r), "NA", r), collapse = " | "))),
  "",
  "Item means over answered rows: ",
  paste0("Q1 ", fmt(mean(small$Q1, na.rm = TRUE)), ", Q4 ", fmt(mean(small$Q4, na.rm = TRUE)),
         "; item medians: Q1 ", fmt(median(small$Q1, na.rm = TRUE)), ", Q4 ", fmt(median(small$Q4, na.rm = TRUE)), "."),
  "",
  "### scoreItems(small_keys, small, min = 1, max = 5, impute = X)$scores",
  "",
  "| person | none | mean | median |",
  "|---|---|---|---|",
  sprintf("| %d | %s | %s | %s |", 1:6, fmt(small_scores[, "none"]), fmt(small_scores[, "mean"]), fmt(small_scores[, "median"])),
  "",
  "### psych::alpha(small, keys = small_keys)",
  "",
  "Covariances are `cov(use = \"pairwise\")` on the raw items, then signed by the keys.",
  "",
  "| statistic | value |",
  "|---|---|",
  sprintf("| %s | %s |", c("raw_alpha", "std.alpha", "average_r", "mean (of per-person mean of answered keyed items)", "sd", "ase"),
          fmt(c(small_alpha$total$raw_alpha, small_alpha$total$std.alpha, small_alpha$total$average_r,
                small_alpha$total$mean, small_alpha$total$sd, small_alpha$total$ase))),
  sprintf("| feldt lower (n = 6 rows, k = 4) | %s |", fmt(small_alpha$feldt$lower.ci[[1]])),
  sprintf("| feldt upper | %s |", fmt(small_alpha$feldt$upper.ci[[1]])),
  "",
  "| item | n | r.drop | raw_alpha if dropped | std.alpha if dropped |",
  "|---|---|---|---|---|",
  sprintf("| %s | %s | %s | %s | %s |", colnames(small), small_alpha$item.stats$n,
          fmt(small_alpha$item.stats$r.drop), fmt(small_alpha$alpha.drop$raw_alpha),
          fmt(small_alpha$alpha.drop$std.alpha)),
  "",
  "Pairwise covariance matrix of the keyed items (`cov(use = \"pairwise\")`, Q3 sign-flipped):",
  "",
  "| | Q1 | Q2 | Q3- | Q4 |",
  "|---|---|---|---|---|",
  {
    kc <- cov(small, use = "pairwise") * outer(c(1, 1, -1, 1), c(1, 1, -1, 1))
    sprintf("| %s | %s |", c("Q1", "Q2", "Q3-", "Q4"), apply(kc, 1, function(r) paste(fmt(r), collapse = " | ")))
  },
  "",
  "## Case 2: a person who answered no item of a scale",
  "",
  "Items X1, X2 on 1..5, both positively keyed; person 3 answered neither.",
  "",
  "| person | X1 | X2 | none | mean | median |",
  "|---|---|---|---|---|---|",
  sprintf("| %d | %s | %s | %s | %s | %s |", 1:4, ifelse(is.na(allmiss$X1), "NA", allmiss$X1),
          ifelse(is.na(allmiss$X2), "NA", allmiss$X2),
          ifelse(is.nan(allmiss_scores[, "none"]), "NaN", fmt(allmiss_scores[, "none"])),
          fmt(allmiss_scores[, "mean"]), fmt(allmiss_scores[, "median"])),
  "",
  "With `impute = \"none\"` psych returns `NaN` (`rowMeans(na.rm = TRUE)` of nothing);",
  "with \"mean\"/\"median\" the person gets the mean of the imputed item means/medians."
)
con <- file(file.path(out, "small-cases.md"), open = "wb")
writeLines(enc2utf8(md), con, sep = "\n", useBytes = TRUE)
close(con)

# --------------------------------------------------------------- versions ----

con <- file(file.path(out, "versions.txt"), open = "wb")
writeLines(c(R.version.string,
             paste("psych", packageVersion("psych")),
             "data: synthetic-couples-long.csv (synthetic-couples.R)",
             sprintf("alpha on pre-reversed items (7 - x) vs alpha with keys: max abs difference %s",
                     sprintf("%.3g", max_prerev_diff))),
           con, sep = "\n")
close(con)
cat("Wrote", length(list.files(out)), "files to", out, "\n")
