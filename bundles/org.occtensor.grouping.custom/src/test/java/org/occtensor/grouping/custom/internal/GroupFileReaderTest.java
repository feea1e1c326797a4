package org.occtensor.grouping.custom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.spi.GroupingException;

class GroupFileReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(GroupFileReaderTest.class.getResource("/group-files/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsExampleFile() throws GroupingException {
        GroupFile file = GroupFileReader.read(resource("example-groups.json"));

        assertEquals(1, file.groups().size());
        NamedSelection ligand = file.groups().get(0);
        assertEquals("ligand 452", ligand.name());
        assertEquals("chain A and resseq 452", ligand.text());
        assertEquals("groups[0]", ligand.path());
        assertTrue(ligand.refinable());

        assertEquals(1, file.conformerSets().size());
        GroupFile.SetSpec set = file.conformerSets().get(0);
        assertEquals("Tyr 30 with ligand 451", set.name());
        assertEquals(ConformerSet.Kind.COMPLETE, set.kind());
        assertEquals(List.of("30+451 altloc A", "30+451 altloc B"),
                set.members().stream().map(NamedSelection::name).toList());
        assertEquals("conformerSets[0].members[1]", set.members().get(1).path());

        assertEquals(1, file.fixed().size());
        assertEquals("water and chain B", file.fixed().get(0).text());
        assertFalse(file.fixed().get(0).refinable());
    }

    @Test
    void memberWithoutNameIsLabelledBySelection() throws GroupingException {
        GroupFile file = GroupFileReader.parse("inline.json", """
                {"conformerSets": [{"kind": "partial", "members": ["resname LIG and altloc A"]}]}
                """);

        NamedSelection member = file.conformerSets().get(0).members().get(0);
        assertEquals("resname LIG and altloc A", member.name());
        assertEquals("conformerSets[0]", file.conformerSets().get(0).name());
        assertEquals(ConformerSet.Kind.PARTIAL, file.conformerSets().get(0).kind());
    }

    @Test
    void emptyObjectIsValid() throws GroupingException {
        GroupFile file = GroupFileReader.parse("empty.json", "{}");

        assertEquals(List.of(), file.groups());
        assertEquals(List.of(), file.conformerSets());
        assertEquals(List.of(), file.fixed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            invalid-truncated.json            | is not valid JSON at line 2, column 1: the file ends before the JSON is complete, so it is truncated or a closing bracket or quote is missing
            invalid-trailing-comma.json       | is not valid JSON at line 1, column 19: a comma follows the last element; remove the comma before ']'
            invalid-unknown-key.json          | , $: unknown key "group"; allowed keys are conformerSets, description, fixed, groups
            invalid-kind.json                 | , conformerSets[0].kind: expected "complete" or "partial", found "full"
            invalid-complete-one-member.json  | , conformerSets[0].members: a complete set needs at least 2 member(s), found 1
            invalid-missing-selection.json    | , groups[0]: missing "selection"
            invalid-selection-syntax.json     | , groups[0].selection: invalid selection "chain A and (resseq 5" at column 22: missing ')' to close the '(' at column 13
            invalid-duplicate-name.json       | , groups[1]: the group name "x" is already used by groups[0]; group names label the report and must differ
            invalid-fixed-not-array.json      | , fixed: expected a JSON array, found "water"
            invalid-refinable-not-boolean.json | , groups[0].refinable: expected true or false, found "yes"
            invalid-member-type.json          | , conformerSets[0].members[0]: expected a JSON object, found 42
            invalid-top-array.json            | , $: expected a JSON object with groups, conformerSets and fixed
            """)
    void invalidFileNamesFileAndPath(String name, String expected) {
        Path file = resource(name);

        GroupingException e = assertThrows(GroupingException.class, () -> GroupFileReader.read(file));

        String prefix = "custom group file " + file;
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().substring(prefix.length()).startsWith(expected.startsWith(",") ? expected
                : " " + expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"fixed": ["all",]}`                 | ` at line 1, column 19: a comma follows the last element; remove the comma before ']'`
            `{"fixed": [],}`                      | ` at line 1, column 15: a comma follows the last element; remove the comma before '}'`
            `{\\n  "fixed": [\\n    "all",\\n  ]\\n}` | ` at line 4, column 4: a comma follows the last element; remove the comma before ']'`
            `{"fixed": [] // note\\n}`             | ` at line 1, column 15: JSON has no comments; remove the comment`
            `{'fixed': []}`                       | ` at line 1, column 3: a string or key in single quotes; JSON needs double quotes`
            `{fixed: []}`                         | ` at line 1, column 3: text without double quotes: 'fixed'; keys and strings need double quotes, and the only bare words JSON allows are true, false, null and numbers without leading zeros`
            `{"fixed": [tru]}`                    | ` at line 1, column 12: text without double quotes: 'tru'; keys and strings need double quotes, and the only bare words JSON allows are true, false, null and numbers without leading zeros`
            `{"fixed": ["a",,"b"]}`               | ` at line 1, column 17: a value is missing before ','`
            `{"fixed":}`                          | ` at line 1, column 10: a value is missing after ':'`
            `{"fixed" ["a"]}`                     | ` at line 1, column 11: expected ':' after the key`
            `{"fixed": ["a" "b"]}`                | ` at line 1, column 17: expected ',' or ']' after a value in an array`
            `{"fixed": ["a"] "groups": []}`       | ` at line 1, column 18: expected ',' or '}' after a value in an object`
            `{"fixed": ["a\\qb"]}`                | ` at line 1, column 16: invalid escape sequence in a string`
            `{"fixed": ["a\\tb"]}`                 | ` at line 1, column 13: a string contains a line break, tab or other control character; write it as an escape such as \\n`
            `{"fixed": ["a`                       | ` at line 1, column 14: a string has no closing double quote`
            `{"fixed": []}}`                      | ` at line 1, column 15: text follows the end of the top-level value`
            """)
    void syntaxErrorInPlainWords(String json, String expected) {
        // The table writes a line break as \n and a tab as \t; "a\qb" is an invalid JSON escape.
        String text = json.replace("\\n", "\n").replace("\\t", "\t");

        GroupingException e = assertThrows(GroupingException.class, () -> GroupFileReader.parse("inline.json", text));

        assertEquals("custom group file inline.json is not valid JSON" + expected, e.getMessage());
        assertFalse(e.getMessage().contains("JsonReader"), e.getMessage());
        assertFalse(e.getMessage().contains("Strictness"), e.getMessage());
        assertFalse(e.getMessage().contains("http"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = Path.of("no-such-dir", "groups.json");

        GroupingException e = assertThrows(GroupingException.class, () -> GroupFileReader.read(file));

        assertEquals("custom group file " + file + " not found", e.getMessage());
    }
}
