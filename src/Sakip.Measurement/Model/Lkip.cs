using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>
/// The rules a report chose: how capaian is computed and capped, the predikat scale and whether it
/// grades capped or raw values, how the unit mean is taken, which pagu the budget uses, and the
/// efficiency policy.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkipPolicies
{
    /// <summary>Initializes the policies.</summary>
    /// <param name="capaian">Capping, negative formula, zero target and ordinal method.</param>
    /// <param name="scale">The predikat scale (a regulation's, or the report's own with <see cref="PredikatScale.CreateAsPrinted"/>).</param>
    /// <param name="gradeOn">Whether predikat and means use capped or raw capaian.</param>
    /// <param name="unitMean">Whether the unit's capaian is the mean over sasaran or over indicators.</param>
    /// <param name="pagu">Which pagu serapan uses.</param>
    /// <param name="efficiency">How efficiency is judged.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is undefined.</exception>
    public LkipPolicies(CapaianPolicy capaian, PredikatScale scale, CapaianBasis gradeOn, UnitAggregation unitMean, PaguBasis pagu, EfficiencyPolicy efficiency)
    {
        Capaian = Preconditions.CheckNotNull(capaian);
        Scale = Preconditions.CheckNotNull(scale);
        GradeOn = Preconditions.CheckDefined(gradeOn);
        UnitMean = Preconditions.CheckDefined(unitMean);
        Pagu = Preconditions.CheckDefined(pagu);
        Efficiency = Preconditions.CheckNotNull(efficiency);
    }

    /// <summary>
    /// Gets the policies of the 2023 seed reports: capped at 100 (floor 0), PermenPANRB 88/2021
    /// graded on the capped value, unit mean over indicators, P-APBD pagu, efficient when capaian
    /// is above serapan.
    /// </summary>
    public static LkipPolicies PermenPanRbCapped { get; } = new(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021,
        CapaianBasis.Capped, UnitAggregation.MeanOfIndicators, PaguBasis.PerubahanElseMurni, EfficiencyPolicy.CapaianAboveSerapan);

    /// <summary>Gets the capaian policy.</summary>
    public CapaianPolicy Capaian { get; }

    /// <summary>Gets the predikat scale.</summary>
    public PredikatScale Scale { get; }

    /// <summary>Gets whether predikat and means use capped or raw capaian.</summary>
    public CapaianBasis GradeOn { get; }

    /// <summary>Gets how the unit's capaian is taken.</summary>
    public UnitAggregation UnitMean { get; }

    /// <summary>Gets which pagu serapan uses.</summary>
    public PaguBasis Pagu { get; }

    /// <summary>Gets the efficiency policy.</summary>
    public EfficiencyPolicy Efficiency { get; }
}

/// <summary>A national or provincial value an indicator is compared with (e.g. the kabupaten's IKM).</summary>
/// <param name="IndikatorCode">The indicator's code.</param>
/// <param name="Value">The benchmark value.</param>
/// <param name="Source">Where the value comes from, e.g. <c>Kabupaten Jember</c> or <c>Nasional</c>.</param>
public readonly record struct BenchmarkValue(string IndikatorCode, decimal Value, string Source);

/// <summary>
/// The IKM of a report in whichever shape it gives it: answer counts (from raw answers or a
/// tally), per-unsur percentage distributions, or only the per-unsur NRR as older reports print
/// them without respondent counts.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record IkmInput
{
    private IkmInput(IkmCounts? counts, IkmDefinition definition, EquatableArray<AnswerDistribution> distributions, long respondents, EquatableArray<decimal> nrr, IkmWeighting weighting)
    {
        Counts = counts;
        Definition = definition;
        Distributions = distributions;
        Respondents = respondents;
        Nrr = nrr;
        Weighting = weighting;
    }

    /// <summary>Gets the answer counts, when the report gives them.</summary>
    public IkmCounts? Counts { get; }

    /// <summary>Gets the questionnaire.</summary>
    public IkmDefinition Definition { get; }

    /// <summary>Gets the per-unsur distributions, when the report gives them (empty otherwise).</summary>
    public EquatableArray<AnswerDistribution> Distributions { get; }

    /// <summary>Gets the respondent count the report states (0 when it states none).</summary>
    public long Respondents { get; }

    /// <summary>Gets the per-unsur NRR, when the report gives only those (empty otherwise).</summary>
    public EquatableArray<decimal> Nrr { get; }

    /// <summary>Gets the weighting the report uses.</summary>
    public IkmWeighting Weighting { get; }

    /// <summary>An IKM from answer counts.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="weighting">Exact (1/n) or the printed legacy weight.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static IkmInput FromCounts(IkmCounts counts, IkmWeighting weighting = IkmWeighting.Exact) =>
        new(Preconditions.CheckNotNull(counts), counts.Definition, EquatableArray<AnswerDistribution>.Empty, counts.Respondents, EquatableArray<decimal>.Empty, Preconditions.CheckDefined(weighting));

    /// <summary>An IKM from per-unsur percentage distributions (Kepmenpan 25/2004 reports).</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="distributions">One distribution per unsur, in questionnaire order.</param>
    /// <param name="respondents">The respondent count the report states.</param>
    /// <param name="weighting">Exact or legacy weights.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IkmInput FromDistributions(IkmDefinition definition, IEnumerable<AnswerDistribution> distributions, long respondents, IkmWeighting weighting = IkmWeighting.Exact) =>
        new(null, Preconditions.CheckNotNull(definition), EquatableArray.Create(Preconditions.CheckNotNull(distributions)), respondents, EquatableArray<decimal>.Empty, Preconditions.CheckDefined(weighting));

    /// <summary>An IKM from the per-unsur NRR alone, as older reports print them without respondent counts.</summary>
    /// <param name="definition">The questionnaire.</param>
    /// <param name="nrr">One NRR (1–4) per unsur, in questionnaire order.</param>
    /// <param name="weighting">Exact or legacy weights.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IkmInput FromNrr(IkmDefinition definition, IEnumerable<decimal> nrr, IkmWeighting weighting = IkmWeighting.Exact) =>
        new(null, Preconditions.CheckNotNull(definition), EquatableArray<AnswerDistribution>.Empty, 0, EquatableArray.Create(Preconditions.CheckNotNull(nrr)), Preconditions.CheckDefined(weighting));

    internal IkmResult Calculate() =>
        Counts is not null ? IkmCalculator.Calculate(Counts, Weighting)
        : !Distributions.IsEmpty ? IkmCalculator.FromDistributions(Definition, Distributions.AsImmutableArray(), Respondents, Weighting)
        : IkmCalculator.FromNrr(Definition, Nrr.AsImmutableArray(), Weighting);
}

/// <summary>The IPP of a report: the F-02 and F-03 form scores it composes, or only the value it prints.</summary>
/// <param name="F02">The assessor's F-02 score (0–5), or <see langword="null"/>.</param>
/// <param name="F03">The users' F-03 score (0–5), or <see langword="null"/>.</param>
/// <param name="Value">The IPP value when the report gives it without its forms, or <see langword="null"/>.</param>
public readonly record struct IppInput(decimal? F02, decimal? F03, decimal? Value);

/// <summary>
/// One unit's LKIP (Laporan Kinerja Instansi Pemerintah) for one year, whole: the unit with its
/// Renstra base(s), targets and realisasi; the budget tree with its cascade map; benchmarks; IKM
/// and IPP inputs; the policies chosen; and every figure as the report printed it, wherever it
/// printed it.
/// </summary>
/// <remarks>
/// <para>The model holds data only; <see cref="LkipCalculator.Calculate"/> computes the results.
/// A report with content errors loads: they become issues and findings in the results.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Lkip
{
    /// <summary>Initializes a report.</summary>
    /// <param name="unit">The unit and its Renstra base(s), with PK targets and realisasi per indicator.</param>
    /// <param name="year">The report's year.</param>
    /// <param name="policies">The rules the report chose.</param>
    /// <param name="budget">The budget tree and cascade map, or <see langword="null"/> when the report has none.</param>
    /// <param name="benchmarks">National or provincial values to compare indicators with.</param>
    /// <param name="ikm">The IKM input, or <see langword="null"/>.</param>
    /// <param name="ipp">The IPP input, or <see langword="null"/>.</param>
    /// <param name="printed">Every figure as the report printed it.</param>
    /// <param name="aggregates">Sums and means the report prints over printed parts, outside the budget and the indicator means.</param>
    /// <param name="scales">Rating scales as the report prints them, for the review.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="policies"/> is null, or an element of a list is null.</exception>
    /// <exception cref="SakipDataException">No Renstra of the unit covers the year.</exception>
    public Lkip(PerangkatDaerah unit, FiscalYear year, LkipPolicies policies, BudgetTree? budget = null, IEnumerable<BenchmarkValue>? benchmarks = null,
        IkmInput? ikm = null, IppInput? ipp = null, IEnumerable<PrintedFigure>? printed = null, IEnumerable<PrintedAggregate>? aggregates = null,
        IEnumerable<PrintedScale>? scales = null)
    {
        Unit = Preconditions.CheckNotNull(unit);
        Year = year;
        if (unit.RenstraFor(year).IsEmpty)
        {
            throw new SakipDataException("Lkip.Year", year.ToString(), $"no Renstra of {unit.Name} covers the year");
        }
        Policies = Preconditions.CheckNotNull(policies);
        Budget = budget;
        Benchmarks = EquatableArray.Create(benchmarks ?? []);
        Ikm = ikm;
        Ipp = ipp;
        Printed = new EquatableArray<PrintedFigure>(Preconditions.CheckElementsNotNull(printed ?? []));
        Aggregates = new EquatableArray<PrintedAggregate>(Preconditions.CheckElementsNotNull(aggregates ?? []));
        Scales = new EquatableArray<PrintedScale>(Preconditions.CheckElementsNotNull(scales ?? []));
    }

    /// <summary>Gets the unit and its Renstra base(s).</summary>
    public PerangkatDaerah Unit { get; }

    /// <summary>Gets the report's year.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the rules the report chose.</summary>
    public LkipPolicies Policies { get; }

    /// <summary>Gets the budget tree, or <see langword="null"/>.</summary>
    public BudgetTree? Budget { get; }

    /// <summary>Gets the benchmark values.</summary>
    public EquatableArray<BenchmarkValue> Benchmarks { get; }

    /// <summary>Gets the IKM input, or <see langword="null"/>.</summary>
    public IkmInput? Ikm { get; }

    /// <summary>Gets the IPP input, or <see langword="null"/>.</summary>
    public IppInput? Ipp { get; }

    /// <summary>Gets every figure as the report printed it, in the order given.</summary>
    public EquatableArray<PrintedFigure> Printed { get; }

    /// <summary>Gets the sums and means the report prints over printed parts, in the order given.</summary>
    public EquatableArray<PrintedAggregate> Aggregates { get; }

    /// <summary>Gets the rating scales as the report prints them, in the order given.</summary>
    public EquatableArray<PrintedScale> Scales { get; }

    /// <summary>Returns the printed occurrences of a figure, in the order given.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The occurrences (empty when the report did not print it).</returns>
    public EquatableArray<PrintedFigure> OccurrencesOf(FigureId figure) => EquatableArray.Create(Printed.Where(p => p.Figure == figure));
}
