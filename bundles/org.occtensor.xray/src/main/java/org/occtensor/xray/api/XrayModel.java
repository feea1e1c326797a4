package org.occtensor.xray.api;

import java.util.List;

import org.occtensor.core.api.AtomTable;
import org.occtensor.core.api.GroupingPlan;
import org.occtensor.core.api.UnitCell;
import org.occtensor.core.spi.ComputeBackend;
import org.occtensor.core.spi.GroupTarget;
import org.occtensor.core.spi.Reflections;
import org.occtensor.core.spi.Target;
import org.occtensor.xray.model.AtomOccupancyTarget;
import org.occtensor.xray.model.GroupOccupancyTarget;
import org.occtensor.xray.model.ModelContext;
import org.occtensor.xray.model.ModelState;
import org.occtensor.xray.model.ReflectionSet;
import org.occtensor.xray.model.Scoring;
import org.occtensor.xray.model.StateFitter;
import org.occtensor.xray.structure.CellGeometry;
import org.occtensor.xray.structure.ScatteringModel;
import org.occtensor.xray.symmetry.SpaceGroup;
import org.occtensor.xray.symmetry.SpaceGroupTable;

/**
 * A model scored against X-ray data: structure factors, flat bulk solvent, overall scales, R factors
 * and occupancy targets.
 *
 * <p>F_model(h) = k_iso(s) k_aniso(h) (F_calc(h) + k_mask(s) F_mask(h)), with k_mask and k_iso fitted
 * in resolution bins and k_aniso under the point group's constraints (Afonine et al., 2013, Acta
 * Cryst. D69, 625-634). Solvent and scales are fitted by {@link #create} and refitted only by
 * {@link #updateSolventAndScales}; targets hold them fixed within an evaluation and always read the
 * latest fit, so a refinement refits them between macro-cycles.
 *
 * <p>Reflections are those of the data in file order, less the origin and systematic absences. The
 * model's cell and space group are used; they must agree with the data's as {@link DataModelCheck}
 * defines it. Instances are safe to read from several threads; {@link #updateSolventAndScales}
 * replaces the state atomically.
 */
public final class XrayModel {

    private final ModelContext context;
    private final SpaceGroup group;
    private volatile ModelState state;
    private GroupOccupancyTarget lastGroupTarget;

    private XrayModel(AtomTable atoms, ScatteringModel scattering, ReflectionSet reflections, ComputeBackend backend,
                      XrayOptions options) {
        this.group = scattering.spaceGroup();
        Reflections kernelReflections = scattering.reflections(reflections.hkl());
        this.context = new ModelContext(atoms, scattering, reflections, kernelReflections, backend, options,
                () -> this.state);
    }

    /** Creates the model with {@link XrayOptions#defaults()}. */
    public static XrayModel create(AtomTable atoms, ReflectionData data, ComputeBackend backend)
            throws DataModelMismatchException {
        return create(atoms, data, backend, XrayOptions.defaults());
    }

    /**
     * Prepares atoms and reflections and fits solvent and scales at the atoms' own occupancies.
     *
     * @throws DataModelMismatchException when the model's and the data's cells or point groups disagree; the
     *                                    message names {@link AtomTable#source()} and
     *                                    {@link ReflectionData#source()}
     * @throws IllegalArgumentException   for an unknown space group, an element without form factor, or
     *                                    data with nothing left to score; the message names the file
     */
    public static XrayModel create(AtomTable atoms, ReflectionData data, ComputeBackend backend, XrayOptions options)
            throws DataModelMismatchException {
        UnitCell cell = chooseCell(atoms, data);
        SpaceGroup group = SpaceGroupTable.get().find(cell.spaceGroup()).orElseThrow(() -> new IllegalArgumentException(
                atoms.source() + ": unknown space group '" + cell.spaceGroup() + "'"));
        CellGeometry geometry = CellGeometry.of(cell);
        ScatteringModel scattering = ScatteringModel.of(atoms, group, geometry);
        ReflectionSet reflections = ReflectionSet.of(data, group, geometry);
        XrayModel model = new XrayModel(atoms, scattering, reflections, backend, options);
        model.updateSolventAndScales(atoms.occupancies());
        return model;
    }

    /** Returns the model's cell, checked against the data's, or the data's cell when the model has none. */
    private static UnitCell chooseCell(AtomTable atoms, ReflectionData data) throws DataModelMismatchException {
        UnitCell model = atoms.cell().orElse(null);
        UnitCell measured = data.cell();
        if (model == null && measured == null) {
            throw new IllegalArgumentException(atoms.source() + " and " + data.source() + " both lack a unit cell");
        }
        if (model != null && measured != null) {
            DataModelCheck.check(model, atoms.source(), measured, data.source());
        }
        return model != null ? model : measured;
    }

    /**
     * Recomputes F_calc at the given occupancies, rebuilds the solvent mask (atoms with occupancy 0 and
     * hydrogens do not exclude solvent) and refits bulk solvent, scales and the likelihood parameters.
     *
     * @param atomOccupancies one per atom, in atom-table order (not modified)
     */
    public void updateSolventAndScales(double[] atomOccupancies) {
        if (atomOccupancies.length != context.atoms().size()) {
            throw new IllegalArgumentException("expected " + context.atoms().size() + " occupancies, got "
                    + atomOccupancies.length);
        }
        state = StateFitter.fit(context, atomOccupancies.clone());
    }

    /** Hermann-Mauguin symbol of the space group used, with its extension ("P 63", "R 3:H"). */
    public String spaceGroup() {
        return group.extendedHermannMauguin();
    }

    /** Returns the unit cell used (the model's, or the data's when the model has none). */
    public UnitCell cell() {
        CellGeometry g = context.scattering().cell();
        return new UnitCell(g.a(), g.b(), g.c(), g.alpha(), g.beta(), g.gamma(), spaceGroup());
    }

    /** Number of reflections scored (work and test). */
    public int reflectionCount() {
        return context.reflections().size();
    }

    /** Reflections of the data left out as systematic absences. */
    public int absentReflections() {
        return context.reflections().droppedAbsent();
    }

    public int nWork() {
        return context.reflections().size() - context.reflections().countFree();
    }

    public int nFree() {
        return context.reflections().countFree();
    }

    /** High-resolution limit of the scored reflections in angstrom. */
    public double dMin() {
        return context.reflections().dMin();
    }

    /** Low-resolution limit of the scored reflections in angstrom. */
    public double dMax() {
        return context.reflections().dMax();
    }

    /**
     * Returns R = sum |F_obs - |F_model|| / sum F_obs over the reflections outside the test set, with
     * F_model as {@link #fmodel()} returns it.
     */
    public double rWork() {
        return Scoring.rFactor(context.reflections(), state, false);
    }

    /** R on the test set, defined as in {@link #rWork()}; NaN without test reflections. */
    public double rFree() {
        return Scoring.rFactor(context.reflections(), state, true);
    }

    /** R, CC and completeness in the resolution bins the scales were fitted in, low resolution first. */
    public List<BinStatistics> binTable() {
        return Scoring.binTable(context.reflections(), state, group, context.scattering().cell());
    }

    /**
     * k_sol of a flat-model summary, k_mask(s) ~ k_sol exp(-B_sol s^2/4), fitted to the binned k_mask
     * that F_model actually uses.
     */
    public double kSol() {
        return state.scales().kSol();
    }

    /** B_sol in square angstrom of the flat-model summary; see {@link #kSol()}. */
    public double bSol() {
        return state.scales().bSol();
    }

    /** Overall anisotropic scale as U* (U11, U22, U33, U12, U13, U23) of exp(-2 pi^2 h^T U* h). */
    public double[] anisotropicUStar() {
        return state.scales().uStar().clone();
    }

    /** Miller indices of the scored reflections, 3 per reflection. */
    public int[] hkl() {
        return context.reflections().hkl().clone();
    }

    /** Observed amplitudes of the scored reflections. */
    public double[] fobs() {
        return context.reflections().fobs().clone();
    }

    /** Test-set flags of the scored reflections. */
    public boolean[] free() {
        return context.reflections().free().clone();
    }

    /**
     * Returns F_calc of the atoms alone at the occupancies of the last fit: no bulk solvent and no
     * scale factor, so on the absolute scale (electrons), not on the scale of {@link #fobs()}.
     * One entry per scored reflection, in the order of {@link #hkl()}.
     */
    public StructureFactorArrays fcalc() {
        ModelState s = state;
        return new StructureFactorArrays(hkl(), s.fcalcReal().clone(), s.fcalcImag().clone());
    }

    /**
     * Returns F_model at the occupancies of the last fit, on the scale of {@link #fobs()}:
     * k_iso(s) k_aniso(h) (F_calc(h) + k_mask(s) F_mask(h)). The isotropic factor k_iso(s) includes the
     * overall scale: it is the per-bin scale times the overall exponential k exp(-B s^2/4). Its
     * amplitudes are the ones {@link #rWork()}, {@link #rFree()} and {@link #binTable()} compare with
     * F_obs, in the order of {@link #hkl()}.
     */
    public StructureFactorArrays fmodel() {
        double[][] f = state.fmodel();
        return new StructureFactorArrays(hkl(), f[0], f[1]);
    }

    /**
     * Returns a target of per-group occupancies for a grouping plan: "ml" (maximum likelihood on
     * amplitudes, the default in phenix) or "ls" (least squares on amplitudes). The structure factors
     * of the refinable groups are computed once and combined by occupancy at each evaluation when they
     * fit in {@link XrayOptions#partialsHeapFraction()} of the free heap; otherwise each evaluation
     * sums the refinable atoms directly. Atoms of groups that are not refinable stay at the
     * occupancies of the last fit; their gradient entries are 0. A call with the same plan instance, the
     * same flags and unchanged occupancies of those atoms reuses the previous call's group structure
     * factors, so asking for a new target each macro-cycle costs nothing extra.
     *
     * @param refinableGroups one flag per group of the plan (not modified)
     */
    public synchronized GroupTarget target(GroupingPlan plan, boolean[] refinableGroups, String kind) {
        lastGroupTarget = new GroupOccupancyTarget(context, plan, refinableGroups, kind, state.occupancies(),
                lastGroupTarget);
        return lastGroupTarget;
    }

    /**
     * Returns a target of per-atom occupancies ("ml" or "ls") with the exact gradient: each evaluation
     * sums every atom directly and runs the occupancy adjoint, so it costs two full structure-factor
     * sums.
     */
    public Target atomTarget(String kind) {
        return new AtomOccupancyTarget(context, kind);
    }

    /** Returns the compute backend that sums the structure factors. */
    public ComputeBackend backend() {
        return context.backend();
    }
}
