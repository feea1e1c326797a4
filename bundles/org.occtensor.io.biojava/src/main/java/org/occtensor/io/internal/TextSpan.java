package org.occtensor.io.internal;

/** A range of chars in the decoded content, equal to a range of bytes in the file. */
record TextSpan(int offset, int length) {

    int end() {
        return offset + length;
    }
}
