package kaigohojo.input;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Positions;

/**
 * #13 (session 6): a CSV facility seen as the facility's mapping, without a node per field: the values
 * chosen from the facility's rows stay in an array by facility column, and an entry is made only for a
 * key that is asked for (an error names it, {@code --set} changes it, a report names the facility of a
 * failed block). The binder reads a field's text by key with no node ({@link #text}) and the positions
 * of every field from the file's {@link Plan} ({@link #positions}). The entries it makes are those of
 * the tree built before (same keys, order, lines, columns and labels): {@code care_plan_linkage} is a
 * mapping of the linkage columns, at the first of them; {@code training} a list made from the cell; a
 * facility field the file has no column for is present but blank at column 0, named as the file would
 * name it. {@code --set} overrides go on top, as in {@link CsvRowMapping}; the binder then reads the
 * entries as it reads a YAML facility's.
 */
final class CsvFacilityMapping extends OverlaidMapping {

    /** How the file's facility columns fill a facility: made once from the header. */
    static final class Plan {
        /** By facility column k: its path (id, care_plan_linkage.in_use, training), column number, header. */
        final String[] path;
        final int[] column;
        final String[] header;
        /** By facility column k: the key under care_plan_linkage, or null. */
        final String[] linkageKey;
        /** The facility fields the file has no column for, and how the file would name each. */
        final String[] absentPath;
        final String[] absentName;
        /** The facility column k of each FACILITY_KEYS / LINKAGE_KEYS slot, or -1. */
        final int[] kOfFacilitySlot;
        final int[] kOfLinkageSlot;
        /** The first linkage column's k, or -1 when the file has none. */
        final int firstLinkage;
        /** The k of the training column, or -1. */
        final int training;
        /** The positions of a facility: fields, labels and columns, in the order the tree gave them. */
        final String[] posField;
        final String[] posLabel;
        final int[] posColumn;
        /** The k whose line each position takes, or -1 for the facility's first line (an absent field). */
        final int[] posLineOf;
        /** The labels of a facility whose training cell states courses (a list: no label of its own), made once. */
        final String[] posLabelWithCourses;
        /** What the training cell is read into (TabularInput#training). */
        final Training trainingReader;

        interface Training {
            YNode read(String text, int line, int column, String header);
        }

        Plan(String[] path, int[] column, String[] header, String[] absentPath, String[] absentName,
             Training trainingReader) {
            this.path = path;
            this.column = column;
            this.header = header;
            this.absentPath = absentPath;
            this.absentName = absentName;
            this.trainingReader = trainingReader;
            int n = path.length;
            linkageKey = new String[n];
            kOfFacilitySlot = new int[SubmissionBinder.FACILITY_KEYS.size()];
            kOfLinkageSlot = new int[SubmissionBinder.LINKAGE_KEYS.size()];
            java.util.Arrays.fill(kOfFacilitySlot, -1);
            java.util.Arrays.fill(kOfLinkageSlot, -1);
            int first = -1, tr = -1;
            List<String> fields = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            List<Integer> lineOf = new ArrayList<>();
            List<Integer> linkage = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String p = path[k];
                if (p.startsWith("care_plan_linkage.")) {
                    linkageKey[k] = p.substring(p.indexOf('.') + 1);
                    int slot = SubmissionBinder.LINKAGE_KEYS.indexOf(linkageKey[k]);
                    if (slot >= 0) kOfLinkageSlot[slot] = k;
                    linkage.add(k);
                    if (first < 0) {
                        first = k;
                        fields.add("care_plan_linkage");
                        labels.add(null);
                        columns.add(column[k]);
                        lineOf.add(k);
                    }
                    continue;
                }
                int slot = SubmissionBinder.FACILITY_KEYS.indexOf(p);
                if (slot >= 0) kOfFacilitySlot[slot] = k;
                if (p.equals("training")) tr = k;
                fields.add(p);
                labels.add(header[k]); // a training cell that holds courses is a list: no label (see positions)
                columns.add(column[k]);
                lineOf.add(k);
            }
            for (int i = 0; i < absentPath.length; i++) {
                fields.add(absentPath[i]);
                labels.add(absentName[i]);
                columns.add(0);
                lineOf.add(-1);
            }
            for (int k : linkage) {
                fields.add("care_plan_linkage." + linkageKey[k]);
                labels.add(header[k]);
                columns.add(column[k]);
                lineOf.add(k);
            }
            firstLinkage = first;
            training = tr;
            posField = fields.toArray(new String[0]);
            posLabel = labels.toArray(new String[0]);
            posColumn = columns.stream().mapToInt(Integer::intValue).toArray();
            posLineOf = lineOf.stream().mapToInt(Integer::intValue).toArray();
            posLabelWithCourses = posLabel.clone();
            for (int i = 0; i < posField.length; i++) if (posField[i].equals("training")) posLabelWithCourses[i] = null;
        }

        /** The absent field's index for {@code key}, or -1. */
        int absent(String key) {
            for (int i = 0; i < absentPath.length; i++) if (absentPath[i].equals(key)) return i;
            return -1;
        }
    }

    /** The binder's facility and linkage keys, as arrays (see {@link #slot}). */
    private static final String[] FACILITY_KEYS = SubmissionBinder.FACILITY_KEYS.toArray(new String[0]);
    private static final String[] LINKAGE_KEYS = SubmissionBinder.LINKAGE_KEYS.toArray(new String[0]);

    /**
     * #13 (session 7): the place of {@code key} in {@code keys}, or -1: by identity first (the binder asks
     * with the keys' own constants, so a lookup compares references, not texts), else by equals.
     */
    static int slot(String[] keys, String key) {
        for (int i = 0; i < keys.length; i++) if (keys[i] == key) return i;
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    private final Plan plan;
    /** By facility column k: the value the facility's rows state (as first written), or null. */
    private final String[] value;
    /** By facility column k: the line of that value, or of the first row's cell when none is stated. */
    private final int[] lines;
    /** The mapping under care_plan_linkage (made when asked: a --set may change it), or null. */
    private Linkage linkage;

    CsvFacilityMapping(Plan plan, String[] value, int[] lines, int firstLine) {
        super(firstLine, 1);
        this.plan = plan;
        this.value = value;
        this.lines = lines;
    }

    /** Whether the binder may read this facility by its plan: no {@code --set} changed it. */
    boolean plain() {
        return !overridden() && (linkage == null || !linkage.overridden());
    }

    /** Where each field was written, by the file's plan and this facility's lines ({@link #plain} only). */
    Positions positions(Location origin) {
        int[] at = new int[plan.posLineOf.length];
        for (int i = 0; i < at.length; i++) {
            int k = plan.posLineOf[i];
            at[i] = k < 0 ? line() : lines[k];
        }
        // a training cell that states courses is a list, as a node: no label of its own (as before)
        String[] labels = statesTraining() ? plan.posLabelWithCourses : plan.posLabel;
        return Positions.row(origin.at(line(), column()), plan.posField, labels, plan.posColumn, at, null);
    }

    /**
     * The text of a facility field, with no node made: null when blank, when the file has no column for
     * it, and for care_plan_linkage and training (a mapping and a list, as nodes).
     */
    @Override
    public String text(String key) {
        if (overridden()) return super.text(key);
        int slot = slot(FACILITY_KEYS, key);
        int k = slot < 0 ? -1 : plan.kOfFacilitySlot[slot];
        return k < 0 || k == plan.training ? null : value[k];
    }

    /** The entry the facility's rows give {@code key}, or null. */
    @Override
    YNode.Entry base(String key) {
        if (key.equals("care_plan_linkage")) {
            if (plan.firstLinkage < 0) return null;
            int k = plan.firstLinkage;
            return new YNode.Entry(key, lines[k], plan.column[k], linkage());
        }
        int slot = slot(FACILITY_KEYS, key);
        int k = slot < 0 ? -1 : plan.kOfFacilitySlot[slot];
        if (k >= 0) {
            int ln = lines[k], col = plan.column[k];
            if (k == plan.training && value[k] != null) {
                return new YNode.Entry(key, ln, col, plan.trainingReader.read(value[k], ln, col, plan.header[k]));
            }
            return new YNode.Entry(key, ln, col, new YNode.Scalar(value[k], ln, col, plan.header[k]));
        }
        int a = plan.absent(key);
        if (a < 0) return null;
        return new YNode.Entry(key, line(), 0, new YNode.Scalar(null, line(), 0, plan.absentName[a]));
    }

    /** The care_plan_linkage mapping, made once (a --set changes it in place), or null without linkage columns. */
    private Linkage linkage() {
        if (linkage == null && plan.firstLinkage >= 0) {
            linkage = new Linkage(this, lines[plan.firstLinkage], plan.column[plan.firstLinkage]);
        }
        return linkage;
    }

    /** Whether the facility's training cell states anything (the binder then reads it as a list). */
    boolean statesTraining() {
        return plan.training >= 0 && value[plan.training] != null;
    }

    @Override
    public YNode get(String key) {
        if (!overridden() && key.equals("care_plan_linkage")) return linkage();
        return super.get(key);
    }

    /** The keys in the tree's order: facility columns (care_plan_linkage at its first column), absent fields. */
    @Override
    List<String> baseKeys() {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < plan.path.length; k++) {
            if (plan.linkageKey[k] == null) keys.add(plan.path[k]);
            else if (k == plan.firstLinkage) keys.add("care_plan_linkage");
        }
        for (String a : plan.absentPath) keys.add(a);
        return keys;
    }

    /** The care_plan_linkage mapping of a CSV facility: its linkage columns, read from the facility's values. */
    static final class Linkage extends OverlaidMapping {
        private final CsvFacilityMapping facility;

        Linkage(CsvFacilityMapping facility, int line, int column) {
            super(line, column);
            this.facility = facility;
        }

        /** Whether no {@code --set} changed this mapping. */
        boolean plain() { return !overridden(); }

        @Override
        public String text(String key) {
            if (overridden()) return super.text(key);
            int slot = slot(LINKAGE_KEYS, key);
            int k = slot < 0 ? -1 : facility.plan.kOfLinkageSlot[slot];
            return k < 0 ? null : facility.value[k];
        }

        @Override
        YNode.Entry base(String key) {
            int slot = slot(LINKAGE_KEYS, key);
            int k = slot < 0 ? -1 : facility.plan.kOfLinkageSlot[slot];
            if (k < 0) return null;
            int ln = facility.lines[k], col = facility.plan.column[k];
            return new YNode.Entry(key, ln, col, new YNode.Scalar(facility.value[k], ln, col, facility.plan.header[k]));
        }

        /** The linkage keys of the file's columns, in column order. */
        @Override
        List<String> baseKeys() {
            List<String> keys = new ArrayList<>();
            for (String k : facility.plan.linkageKey) if (k != null) keys.add(k);
            return keys;
        }
    }
}
