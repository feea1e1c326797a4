package org.occtensor.grouping.custom.internal.selection;

/**
 * A residue number with its insertion code, ordered by number and then by insertion code, with the
 * blank code first: 52 &lt; 52A &lt; 52B &lt; 53.
 *
 * @param number        residue sequence number
 * @param insertionCode insertion code, {@code ' '} when blank
 */
public record ResidueId(int number, char insertionCode) implements Comparable<ResidueId> {

    @Override
    public int compareTo(ResidueId other) {
        int byNumber = Integer.compare(number, other.number);
        return byNumber != 0 ? byNumber : Character.compare(insertionCode, other.insertionCode);
    }

    @Override
    public String toString() {
        return insertionCode == ' ' ? Integer.toString(number) : number + String.valueOf(insertionCode);
    }
}
