using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Model;
using Sakip.Measurement.Scales;

namespace Sakip.Measurement.Results;

/// <summary>
/// One indicator of the performance table for the report's year: target, realisasi, capaian and
/// predikat, the comparisons chapter III makes (Renstra final-year target, previous year,
/// benchmark), and every printed occurrence of those figures.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IndicatorResult
{
    internal IndicatorResult(string renstra, string tujuanCode, string? sasaranCode, Indikator indikator, Target? target, IndicatorValue? realisasi,
        CapaianResult capaian, PredikatGrade predikat, CapaianResult againstRenstraFinal, TrendComparison? againstPreviousYear,
        BenchmarkComparison? benchmark, string? benchmarkSource, EquatableArray<PrintedFigure> printed)
    {
        Renstra = renstra;
        TujuanCode = tujuanCode;
        SasaranCode = sasaranCode;
        IndikatorCode = indikator.Code;
        Name = indikator.Name;
        Satuan = indikator.Satuan;
        Target = target;
        Realisasi = realisasi;
        Capaian = capaian;
        Predikat = predikat;
        AgainstRenstraFinal = againstRenstraFinal;
        AgainstPreviousYear = againstPreviousYear;
        Benchmark = benchmark;
        BenchmarkSource = benchmarkSource;
        Printed = printed;
    }

    /// <summary>Gets the name of the Renstra the row belongs to.</summary>
    public string Renstra { get; }

    /// <summary>Gets the tujuan's code.</summary>
    public string TujuanCode { get; }

    /// <summary>Gets the sasaran's code, or <see langword="null"/> for a tujuan indicator.</summary>
    public string? SasaranCode { get; }

    /// <summary>Gets the indicator's code.</summary>
    public string IndikatorCode { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Name { get; }

    /// <summary>Gets the indicator's satuan.</summary>
    public string Satuan { get; }

    /// <summary>Gets the target the capaian was measured against, or <see langword="null"/>.</summary>
    public Target? Target { get; }

    /// <summary>Gets the realisasi, or <see langword="null"/> when not reported.</summary>
    public IndicatorValue? Realisasi { get; }

    /// <summary>Gets the capaian (raw and capped).</summary>
    public CapaianResult Capaian { get; }

    /// <summary>Gets the predikat of the capaian on the report's scale and basis, or why there is none.</summary>
    public PredikatGrade Predikat { get; }

    /// <summary>Gets the realisasi measured against the Renstra's final-year target.</summary>
    public CapaianResult AgainstRenstraFinal { get; }

    /// <summary>Gets the realisasi compared with the previous year's, or <see langword="null"/> when either is missing.</summary>
    public TrendComparison? AgainstPreviousYear { get; }

    /// <summary>Gets the realisasi measured against the benchmark, or <see langword="null"/> when the report gives none.</summary>
    public BenchmarkComparison? Benchmark { get; }

    /// <summary>Gets where the benchmark comes from, or <see langword="null"/>.</summary>
    public string? BenchmarkSource { get; }

    /// <summary>Gets every printed occurrence of this row's figures (target, realisasi, capaian, predikat, comparisons).</summary>
    public EquatableArray<PrintedFigure> Printed { get; }
}

/// <summary>An output indicator of a budget line, measured for the report's year.</summary>
/// <param name="IndikatorCode">The indicator's code.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Capaian">Its capaian.</param>
public sealed record OutputResult(string IndikatorCode, string Name, CapaianResult Capaian);

/// <summary>
/// The contribution of a budget line (program, kegiatan or sub-kegiatan) to a sasaran: its
/// output indicators' capaian, its budget figures, and its own efficiency.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record ContributionResult
{
    internal ContributionResult(BudgetRow row, EquatableArray<OutputResult> outputs, CapaianMean outputCapaian, EfficiencyVerdict efficiency)
    {
        BudgetKey = row.Key;
        Level = row.Level;
        Depth = row.Depth;
        Name = row.Name;
        Figures = row.Figures;
        Outputs = outputs;
        OutputCapaian = outputCapaian;
        Efficiency = efficiency;
    }

    /// <summary>Gets the budget line's key.</summary>
    public string BudgetKey { get; }

    /// <summary>Gets the line's level.</summary>
    public BudgetLevel Level { get; }

    /// <summary>Gets the line's depth below the linked line (0 for the linked line itself).</summary>
    public int Depth { get; }

    /// <summary>Gets the line's name.</summary>
    public string Name { get; }

    /// <summary>Gets the line's budget figures.</summary>
    public BudgetFigures Figures { get; }

    /// <summary>Gets the line's output indicators, measured.</summary>
    public EquatableArray<OutputResult> Outputs { get; }

    /// <summary>Gets the mean capaian of the outputs on the report's basis.</summary>
    public CapaianMean OutputCapaian { get; }

    /// <summary>Gets the line's efficiency: its output capaian against its serapan.</summary>
    public EfficiencyVerdict Efficiency { get; }
}

/// <summary>
/// One sasaran: the mean capaian of its indicators and its predikat, its budget through the
/// cascade map, its efficiency, the contribution of its programs, and the printed occurrences.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record SasaranResult
{
    internal SasaranResult(string renstra, Sasaran sasaran, CapaianMean capaian, PredikatGrade predikat, BudgetFigures? budget,
        EfficiencyVerdict efficiency, EquatableArray<ContributionResult> contribution, EquatableArray<PrintedFigure> printed)
    {
        Renstra = renstra;
        SasaranCode = sasaran.Code;
        Name = sasaran.Name;
        Capaian = capaian;
        Predikat = predikat;
        Budget = budget;
        Efficiency = efficiency;
        Contribution = contribution;
        Printed = printed;
    }

    /// <summary>Gets the name of the Renstra the sasaran belongs to.</summary>
    public string Renstra { get; }

    /// <summary>Gets the sasaran's code.</summary>
    public string SasaranCode { get; }

    /// <summary>Gets the sasaran's name.</summary>
    public string Name { get; }

    /// <summary>Gets the mean capaian of its indicators on the report's basis.</summary>
    public CapaianMean Capaian { get; }

    /// <summary>Gets the predikat of that mean, or why there is none.</summary>
    public PredikatGrade Predikat { get; }

    /// <summary>Gets the budget of the lines the cascade map links to the sasaran, or <see langword="null"/> when none is linked.</summary>
    public BudgetFigures? Budget { get; }

    /// <summary>Gets the sasaran's efficiency under the report's policy.</summary>
    public EfficiencyVerdict Efficiency { get; }

    /// <summary>Gets the contribution of each linked line and the lines below it, depth first.</summary>
    public EquatableArray<ContributionResult> Contribution { get; }

    /// <summary>Gets every printed occurrence of this sasaran's figures (capaian, predikat, budget, efficiency).</summary>
    public EquatableArray<PrintedFigure> Printed { get; }
}

/// <summary>The results of one Renstra base for the report's year (a transition year has two).</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record RenstraResult
{
    internal RenstraResult(Renstra renstra, EquatableArray<IndicatorResult> indicators, EquatableArray<SasaranResult> sasaran, CapaianMean unitCapaian, PredikatGrade unitPredikat, EquatableArray<PrintedFigure> printed)
    {
        Name = renstra.Name;
        Period = renstra.Period;
        Indicators = indicators;
        Sasaran = sasaran;
        UnitCapaian = unitCapaian;
        UnitPredikat = unitPredikat;
        Printed = printed;
    }

    /// <summary>Gets the Renstra's name.</summary>
    public string Name { get; }

    /// <summary>Gets the Renstra's period.</summary>
    public RenstraPeriod Period { get; }

    /// <summary>Gets every tujuan and sasaran indicator, in Renstra order.</summary>
    public EquatableArray<IndicatorResult> Indicators { get; }

    /// <summary>Gets every sasaran, in Renstra order.</summary>
    public EquatableArray<SasaranResult> Sasaran { get; }

    /// <summary>Gets the unit's capaian under this Renstra (mean over sasaran or indicators, per the policy).</summary>
    public CapaianMean UnitCapaian { get; }

    /// <summary>Gets the predikat of the unit's capaian.</summary>
    public PredikatGrade UnitPredikat { get; }

    /// <summary>Gets the printed occurrences of the unit's capaian and predikat.</summary>
    public EquatableArray<PrintedFigure> Printed { get; }
}

/// <summary>
/// Everything chapter III of an LKIP computes, for one report: the performance tables per
/// Renstra base, sasaran means and efficiency, budget realisation, contribution, IKM and IPP,
/// each figure beside the occurrences the report printed. Renderers and the review read these
/// tables; no rule is re-derived outside the library.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkipResults
{
    internal LkipResults(FiscalYear year, LkipPolicies policies, EquatableArray<RenstraResult> renstra, BudgetRealisation? budget,
        IkmResult? ikm, decimal? ipp, PredikatGrade ippCategory, EquatableArray<PrintedFigure> printed, EquatableArray<DataProblem> problems)
    {
        Problems = problems;
        Year = year;
        Policies = policies;
        Renstra = renstra;
        Budget = budget;
        Ikm = ikm;
        Ipp = ipp;
        IppCategory = ippCategory;
        Printed = printed;
    }

    /// <summary>Gets the report's year.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the policies the figures were computed under.</summary>
    public LkipPolicies Policies { get; }

    /// <summary>Gets one result per Renstra base covering the year.</summary>
    public EquatableArray<RenstraResult> Renstra { get; }

    /// <summary>Gets the budget realisation table, or <see langword="null"/> when the report has no budget.</summary>
    public BudgetRealisation? Budget { get; }

    /// <summary>Gets the IKM, or <see langword="null"/> when the report gives no IKM input.</summary>
    public IkmResult? Ikm { get; }

    /// <summary>Gets the IPP value (0–5), or <see langword="null"/>.</summary>
    public decimal? Ipp { get; }

    /// <summary>Gets the IPP category on the PermenPANRB 29/2022 scale, or why there is none.</summary>
    public PredikatGrade IppCategory { get; }

    /// <summary>Gets every printed figure of the report, in the order given.</summary>
    public EquatableArray<PrintedFigure> Printed { get; }

    /// <summary>Gets the content errors that kept a figure from being computed (an IKM without respondents, an IPP score outside 0–5), each naming its field.</summary>
    public EquatableArray<DataProblem> Problems { get; }

    /// <summary>Returns the printed occurrences of a figure (e.g. the serapan of a budget line), in the order given.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The occurrences.</returns>
    public EquatableArray<PrintedFigure> OccurrencesOf(FigureId figure) => EquatableArray.Create(Printed.Where(p => p.Figure == figure));
}

/// <summary>A content error in a report's data that kept a figure from being computed: the field, the value and why.</summary>
/// <param name="FieldPath">The field, e.g. <c>Survey.U3</c> or <c>Ipp.F02</c>.</param>
/// <param name="Value">The offending value as text, if any.</param>
/// <param name="Message">Why it cannot be used.</param>
public sealed record DataProblem(string FieldPath, string? Value, string Message);
