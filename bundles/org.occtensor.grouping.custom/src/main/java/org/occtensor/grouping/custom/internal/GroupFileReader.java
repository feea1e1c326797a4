package org.occtensor.grouping.custom.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.occtensor.core.api.ConformerSet;
import org.occtensor.core.spi.GroupingException;
import org.occtensor.grouping.custom.internal.GroupFile.SetSpec;
import org.occtensor.grouping.custom.internal.selection.Selection;
import org.occtensor.grouping.custom.internal.selection.SelectionParser;
import org.occtensor.grouping.custom.internal.selection.SelectionSyntaxException;

/**
 * Reads a group file (schema in the package documentation). The JSON is parsed strictly, unknown
 * keys are rejected so that a misspelt key cannot be ignored silently, and every error names the
 * file and the JSON path of the bad value.
 */
final class GroupFileReader {

    private static final Set<String> TOP_KEYS = Set.of("description", "groups", "conformerSets", "fixed");
    private static final Set<String> GROUP_KEYS = Set.of("name", "selection", "refinable");
    private static final Set<String> SET_KEYS = Set.of("name", "kind", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("name", "selection");

    private final String source;

    private GroupFileReader(String source) {
        this.source = source;
    }

    static GroupFile read(Path file) throws GroupingException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GroupingException("custom group file " + file + " not found", e);
        } catch (IOException e) {
            throw new GroupingException("cannot read custom group file " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses {@code text}; {@code source} names the file in messages. */
    static GroupFile parse(String source, String text) throws GroupingException {
        GroupFileReader reader = new GroupFileReader(source);
        JsonElement root = reader.parseJson(text);
        if (!root.isJsonObject()) {
            throw reader.invalid("$", "expected a JSON object with groups, conformerSets and fixed");
        }

        JsonObject top = root.getAsJsonObject();
        reader.checkKeys(top, "$", TOP_KEYS);
        reader.optionalString(top, "description", "$");
        List<NamedSelection> groups = reader.readGroups(top);
        List<SetSpec> sets = reader.readSets(top);
        List<NamedSelection> fixed = reader.readFixed(top);
        reader.checkUniqueNames(groups, sets);
        return new GroupFile(source, groups, sets, fixed);
    }

    private JsonElement parseJson(String text) throws GroupingException {
        JsonReader json = new JsonReader(new StringReader(text));
        json.setStrictness(Strictness.STRICT);
        JsonElement root;
        try {
            root = JsonParser.parseReader(json);
        } catch (JsonParseException e) {
            throw notJson(JsonSyntaxMessage.describe(text, e), e);
        }
        try {
            // In strict mode Gson throws on any text after the top-level value.
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw notJson(": text follows the end of the top-level value, at " + json.getPath(), null);
            }
        } catch (IOException e) {
            throw notJson(JsonSyntaxMessage.location(e) + ": text follows the end of the top-level value", e);
        }
        return root;
    }

    private GroupingException notJson(String detail, Exception cause) {
        return new GroupingException("custom group file " + source + " is not valid JSON" + detail, cause);
    }

    private List<NamedSelection> readGroups(JsonObject top) throws GroupingException {
        List<NamedSelection> groups = new ArrayList<>();
        JsonArray array = optionalArray(top, "groups", "$");
        for (int k = 0; array != null && k < array.size(); k++) {
            String path = "groups[" + k + "]";
            JsonObject group = object(array.get(k), path);
            checkKeys(group, path, GROUP_KEYS);
            String name = requiredString(group, "name", path);
            String text = requiredString(group, "selection", path);
            boolean refinable = optionalBoolean(group, "refinable", path, true);
            groups.add(new NamedSelection(path, name, text, parseSelection(text, path + ".selection"), refinable));
        }
        return groups;
    }

    private List<SetSpec> readSets(JsonObject top) throws GroupingException {
        List<SetSpec> sets = new ArrayList<>();
        JsonArray array = optionalArray(top, "conformerSets", "$");
        for (int k = 0; array != null && k < array.size(); k++) {
            String path = "conformerSets[" + k + "]";
            JsonObject set = object(array.get(k), path);
            checkKeys(set, path, SET_KEYS);
            String name = optionalString(set, "name", path);
            ConformerSet.Kind kind = kind(requiredString(set, "kind", path), path + ".kind");
            JsonArray memberArray = optionalArray(set, "members", path);
            if (memberArray == null) {
                throw invalid(path, "missing \"members\": a list of selections, one per alternative");
            }
            List<NamedSelection> members = new ArrayList<>();
            for (int m = 0; m < memberArray.size(); m++) {
                members.add(member(memberArray.get(m), path + ".members[" + m + "]"));
            }
            int minimum = kind == ConformerSet.Kind.COMPLETE ? 2 : 1;
            if (members.size() < minimum) {
                throw invalid(path + ".members", "a " + kind.label() + " set needs at least " + minimum
                        + " member(s), found " + members.size());
            }
            sets.add(new SetSpec(path, name == null ? path : name, kind, members));
        }
        return sets;
    }

    private NamedSelection member(JsonElement element, String path) throws GroupingException {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            String text = element.getAsString();
            return new NamedSelection(path, text, text, parseSelection(text, path), true);
        }

        JsonObject member = object(element, path);
        checkKeys(member, path, MEMBER_KEYS);
        String text = requiredString(member, "selection", path);
        String name = optionalString(member, "name", path);
        return new NamedSelection(path, name == null ? text : name, text, parseSelection(text, path + ".selection"),
                true);
    }

    private List<NamedSelection> readFixed(JsonObject top) throws GroupingException {
        List<NamedSelection> fixed = new ArrayList<>();
        JsonArray array = optionalArray(top, "fixed", "$");
        for (int k = 0; array != null && k < array.size(); k++) {
            String path = "fixed[" + k + "]";
            String text = string(array.get(k), path);
            fixed.add(new NamedSelection(path, text, text, parseSelection(text, path), false));
        }
        return fixed;
    }

    private void checkUniqueNames(List<NamedSelection> groups, List<SetSpec> sets) throws GroupingException {
        Map<String, String> pathOfName = new HashMap<>();
        List<NamedSelection> all = new ArrayList<>(groups);
        sets.forEach(set -> all.addAll(set.members()));
        for (NamedSelection selection : all) {
            String earlier = pathOfName.putIfAbsent(selection.name(), selection.path());
            if (earlier != null) {
                throw invalid(selection.path(), "the group name \"" + selection.name() + "\" is already used by "
                        + earlier + "; group names label the report and must differ");
            }
        }
    }

    private Selection parseSelection(String text, String path)
            throws GroupingException {
        try {
            return SelectionParser.parse(text);
        } catch (SelectionSyntaxException e) {
            throw new GroupingException("custom group file " + source + ", " + path + ": " + e.getMessage(), e);
        }
    }

    private ConformerSet.Kind kind(String text, String path) throws GroupingException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "complete" -> ConformerSet.Kind.COMPLETE;
            case "partial" -> ConformerSet.Kind.PARTIAL;
            default -> throw invalid(path, "expected \"complete\" or \"partial\", found \"" + text + "\"");
        };
    }

    private void checkKeys(JsonObject object, String path, Set<String> allowed) throws GroupingException {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw invalid(path, "unknown key \"" + key + "\"; allowed keys are " + String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        }
    }

    private JsonObject object(JsonElement element, String path) throws GroupingException {
        if (!element.isJsonObject()) {
            throw invalid(path, "expected a JSON object, found " + element);
        }
        return element.getAsJsonObject();
    }

    private JsonArray optionalArray(JsonObject object, String key, String path) throws GroupingException {
        JsonElement element = object.get(key);
        if (element == null) {
            return null;
        }
        if (!element.isJsonArray()) {
            throw invalid(child(path, key), "expected a JSON array, found " + element);
        }
        return element.getAsJsonArray();
    }

    private String requiredString(JsonObject object, String key, String path) throws GroupingException {
        String value = optionalString(object, key, path);
        if (value == null) {
            throw invalid(path, "missing \"" + key + "\"");
        }
        return value;
    }

    private String optionalString(JsonObject object, String key, String path) throws GroupingException {
        JsonElement element = object.get(key);
        return element == null ? null : string(element, child(path, key));
    }

    private String string(JsonElement element, String path) throws GroupingException {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw invalid(path, "expected a string, found " + element);
        }
        return element.getAsString();
    }

    private boolean optionalBoolean(JsonObject object, String key, String path, boolean defaultValue)
            throws GroupingException {
        JsonElement element = object.get(key);
        if (element == null) {
            return defaultValue;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
            throw invalid(child(path, key), "expected true or false, found " + element);
        }
        return element.getAsBoolean();
    }

    private static String child(String path, String key) {
        return path.equals("$") ? key : path + "." + key;
    }

    private GroupingException invalid(String path, String problem) {
        return new GroupingException("custom group file " + source + ", " + path + ": " + problem);
    }
}
