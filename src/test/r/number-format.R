# number-format.R -- how R's write.csv writes doubles, as golden text for CsvText.number.
#
# Rerun from the project root (the script refuses to run anywhere else):
#
#     Rscript src/test/r/number-format.R
#
# It (re)writes src/test/resources/golden/number-format.csv with two columns:
#   value  the double as sprintf("%.17g"), which parses back to the very same double;
#   r      the same double as write.csv itself wrote it (15 significant digits, fixed or
#          scientific by R's width rule with scipen = 0).
# CsvTextTest reads the file and expects CsvText.number to give exactly the text in r.
# Tests never call R. Made with R 4.2.2 Patched (2022-11-10 r83330) (Debian bookworm's
# r-base-core); the seed makes a rerun byte-identical.
#
# All values are below 1e15 in magnitude on purpose: from 1e15 on write.csv's fixed
# notation prints the double's whole integer part with up to 20 digits (123456789012345680
# for 123456789012345678) while dyadscore, like data.table::fwrite, pads 15 significant
# digits with zeros (123456789012346000). Values at and above 1e15 are covered by the Java
# tests against BigDecimal instead.

if (!file.exists("src/test/r/number-format.R")) {
  stop("Run this from the project root: Rscript src/test/r/number-format.R")
}
if (getOption("scipen") != 0) stop("needs the default options(scipen = 0)")
set.seed(20240517)

n <- 250
small_decimals <- function(k) round(runif(k, -7, 7), sample(1:3, k, replace = TRUE))
a <- small_decimals(n)
b <- small_decimals(n)
means <- sample(-300:300, n, replace = TRUE) / sample(1:40, n, replace = TRUE)

x <- c(
  4.6 - 1.4, -0.450333883167728, 1e-7, 0.1 + 0.2, 1 / 3, 2 / 3 * 1e-5, -0, 0, 3, -17,
  0.0001, 0.00012, 0.001, 1e-5, 100000, 123456, 99999.99999999999, 1e14, 999999999999999,
  0.0099999999999999985, 1 - 2^-53, 1 + 2^-52,   # rounding up across a power of ten; noise
  2^-22, 3 * 2^-22, 1e14 + 0.5, 1e14 + 1.5,        # exact ties at the 16th digit
  123456789012345.5, 123456789012344.5, 12345678901234.25, 12345678901234.75,
  a - b,                                            # differences of small decimals
  a / ifelse(b == 0, 7, b),                         # their ratios
  means, means - sample(1:7, n, replace = TRUE) / 3, # item means and their differences
  rnorm(n),                                         # z scores
  rnorm(n, 50, 10),                                 # T scores
  signif(runif(n), sample(1:17, n, replace = TRUE)) * 10^runif(n, -9, 14.99),
  (2 * runif(n) - 1) * 10^runif(n, -9, 14.99)       # random magnitudes 1e-9 .. 1e15
)
stopifnot(all(is.finite(x)), all(abs(x) < 1e15))

out <- file.path("src", "test", "resources", "golden", "number-format.csv")
write.csv(data.frame(value = sprintf("%.17g", x), r = x), out, row.names = FALSE,
          quote = FALSE, fileEncoding = "UTF-8", eol = "\n")
cat("wrote", length(x), "values to", out, "\n")
