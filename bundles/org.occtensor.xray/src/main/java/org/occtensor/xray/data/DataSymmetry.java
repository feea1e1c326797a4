package org.occtensor.xray.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;
import org.occtensor.xray.symmetry.SymOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The space group of reflection data: the file's symbol looked up in the table, and the file's operators. */
final class DataSymmetry {

    private static final Logger LOG = LoggerFactory.getLogger(DataSymmetry.class);

    private DataSymmetry() {
    }

    /**
     * Returns the table's symbol for {@code symbol} ("P212121" becomes "P 21 21 21", "H 3" becomes
     * "R 3:H"). When the symbol is unknown, tries the reference setting of {@code number} if its
     * rotations match the file's operators (or the file lists none); returns the symbol as written,
     * trimmed, when neither works.
     */
    static String standardSymbol(Path file, String symbol, int number, List<SymOp> fileOperators) {
        Optional<SpaceGroup> found = SpaceGroupTable.get().find(symbol);
        if (found.isEmpty() && number >= 1 && number <= 230) {
            SpaceGroup byNumber = SpaceGroupTable.get().byNumber(number);
            if (fileOperators.isEmpty() || rotations(fileOperators).equals(rotations(byNumber.operators()))) {
                found = Optional.of(byNumber);
                LOG.warn("{}: space group symbol '{}' is not in the table; using number {}: {}", file, symbol,
                        number, byNumber.extendedHermannMauguin());
            }
        }
        if (found.isEmpty()) {
            LOG.warn("{}: space group symbol '{}' is not in the table", file, symbol);
            return symbol.trim();
        }
        return found.get().extendedHermannMauguin();
    }

    /**
     * Returns centric flags and epsilon factors: from the file's operators when it lists them (and warns
     * when their rotations differ from the table's for the symbol), else from the table.
     *
     * @return the provider, or null when the file lists no operators and the table lacks the symbol
     */
    static CentricityProvider centricity(Path file, String symbol, List<SymOp> fileOperators) {
        Optional<SpaceGroup> group = SpaceGroupTable.get().find(symbol);
        if (fileOperators.isEmpty()) {
            return group.<CentricityProvider>map(SpaceGroupCentricity::new).orElse(null);
        }
        if (group.isPresent() && !rotations(fileOperators).equals(rotations(group.get().operators()))) {
            LOG.warn("{}: the file's symmetry operators differ from those of {} in the table; using the file's",
                    file, group.get());
        }
        return new OperatorCentricity(fileOperators);
    }

    private static Set<List<Integer>> rotations(List<SymOp> operators) {
        Set<List<Integer>> set = new HashSet<>();
        for (SymOp op : operators) {
            set.add(Arrays.stream(op.rotation()).boxed().toList());
        }
        return set;
    }

    /** Adapts a table space group to {@link CentricityProvider}. */
    private record SpaceGroupCentricity(SpaceGroup group) implements CentricityProvider {

        @Override
        public boolean isCentric(int h, int k, int l) {
            return group.isCentric(h, k, l);
        }

        @Override
        public int epsilon(int h, int k, int l) {
            return group.epsilon(h, k, l);
        }
    }
}
