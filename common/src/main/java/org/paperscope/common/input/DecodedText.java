package org.paperscope.common.input;

/** Text decoded from an issue file and the name of the encoding it was read with. */
public record DecodedText(String text, String encoding) {}
