# The researcher's usual pipeline: read.csv + psych::scoreItems(impute = "none") + write.csv.
#   Rscript bench/r/psych.R KEYS.csv INPUT.csv OUTPUT.csv
# KEYS.csv (from bench/keys.py): scale, item, reversed. Reversal is min + max - x (min 1, max 5).
args <- commandArgs(trailingOnly = TRUE)
keys_table <- read.csv(args[1], stringsAsFactors = FALSE)
scales <- unique(keys_table$scale)
keys <- lapply(scales, function(s) {
  k <- keys_table[keys_table$scale == s, ]
  ifelse(k$reversed, paste0("-", k$item), k$item)
})
names(keys) <- scales
data <- read.csv(args[2])
items <- data[, unique(keys_table$item)]
scored <- psych::scoreItems(keys, items, min = 1, max = 5, impute = "none")
write.csv(data.frame(couple = data$couple, partner = data$partner, scored$scores),
  args[3], row.names = FALSE)
