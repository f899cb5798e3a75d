package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8CheckingInputStreamTest {

  private static byte[] drain(byte[] input) throws IOException {
    try (Utf8CheckingInputStream in =
        new Utf8CheckingInputStream(new ByteArrayInputStream(input))) {
      return in.readAllBytes();
    }
  }

  @Test
  void wellFormedTextPassesThroughUnchanged() throws IOException {
    byte[] text = "a,ä,€,𝄞\nß\n".getBytes(StandardCharsets.UTF_8);
    assertThat(drain(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "C0AF", // overlong '/'
      "E080AF", // overlong three-byte form
      "EDA080", // a surrogate
      "F4908080", // above U+10FFFF
      "E9", // Latin-1 e acute, truncated at the end
      "80", // a lone continuation byte
      "FF"})
  void malformedSequencesAreReportedWithTheirLine(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] input = new byte[4 + bad.length];
    input[0] = 'a';
    input[1] = '\n';
    input[2] = 'b';
    input[3] = '\n';
    System.arraycopy(bad, 0, input, 4, bad.length);
    assertThatThrownBy(() -> drain(input))
        .isInstanceOf(Utf8CheckingInputStream.MalformedUtf8Exception.class)
        .hasMessage("invalid UTF-8 on line 3");
  }
}
