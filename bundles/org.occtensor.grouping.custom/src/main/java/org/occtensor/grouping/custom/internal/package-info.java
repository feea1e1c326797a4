/**
 * The {@code custom} grouping strategy: groups, conformer sets and fixed atoms from a JSON file.
 *
 * <h2>Group file</h2>
 * The option {@code custom} names the file. Its top level is an object; every key is optional and
 * unknown keys are errors.
 * <pre>
 * {
 *   "description": "free text, ignored",
 *   "groups": [
 *     {"name": "ligand 451", "selection": "chain A and resseq 451", "refinable": true}
 *   ],
 *   "conformerSets": [
 *     {"name": "Tyr 30 with ligand 451", "kind": "complete",
 *      "members": [
 *        {"name": "30+451 altloc A", "selection": "chain A and (resseq 30 or resseq 451) and altloc A"},
 *        "chain A and (resseq 30 or resseq 451) and altloc B"
 *      ]}
 *   ],
 *   "fixed": ["water and chain B"]
 * }
 * </pre>
 * <ul>
 *   <li>{@code groups}: each entry's atoms share one occupancy, labelled {@code name} (required;
 *       names must differ across the file). {@code refinable} defaults to true, because naming a
 *       group is asking to refine it.</li>
 *   <li>{@code conformerSets}: {@code kind} is {@code complete} (members sum to 1, at least two
 *       members) or {@code partial} (members sum to at most 1, at least one). Each member is a
 *       selection string, labelled by its text, or an object with {@code selection} and an optional
 *       {@code name}. Every member becomes one refinable group.</li>
 *   <li>{@code fixed}: selections whose atoms keep their occupancies. Each atom becomes a fixed group
 *       of its own, so that mixed occupancies are never averaged and later strategies skip them.</li>
 * </ul>
 *
 * <h2>Tying conformers of two residues</h2>
 * A group belongs to at most one conformer set. So to tie altloc A of residue 30 to altloc A of
 * ligand 451, put A of both residues into one group and B of both into another. One complete set
 * over the two groups then keeps A and B of each residue summing to 1, as in the example above.
 * Both residues share one A/B split, which is what the tie means, and so they need the same
 * number of conformers.
 *
 * <h2>Rules</h2>
 * Selections use the syntax of
 * {@link org.occtensor.grouping.custom.internal.selection.SelectionParser}. A selection that matches
 * no atom, and an atom matched by two selections of the file, are errors naming the selections.
 * The file is meant to run first ({@code custom,altloc,residue}), so that later strategies group
 * only the atoms it leaves. When an earlier strategy has already grouped some selected atoms, they
 * stay where they are, with a warning.
 */
package org.occtensor.grouping.custom.internal;
