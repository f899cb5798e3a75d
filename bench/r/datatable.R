# The quick pipeline: data.table::fread + rowMeans over keyed columns + fwrite.
#   Rscript bench/r/datatable.R KEYS.csv INPUT.csv OUTPUT.csv
# Reversed items become 6 - x; a scale is the mean of its answered items (na.rm = TRUE), NA when
# none is answered. data.table may use every core (setDTthreads(0)), as dyadscore does.
suppressPackageStartupMessages(library(data.table))
setDTthreads(0)
args <- commandArgs(trailingOnly = TRUE)
keys <- fread(args[1])
data <- fread(args[2])
reversed <- keys[reversed == TRUE, unique(item)]
data[, (reversed) := lapply(.SD, function(x) 6L - x), .SDcols = reversed]
out <- data[, .(couple, partner)]
for (s in unique(keys$scale)) {
  score <- rowMeans(data[, keys[scale == s, item], with = FALSE], na.rm = TRUE)
  score[is.nan(score)] <- NA
  set(out, j = s, value = score)
}
fwrite(out, args[3])
