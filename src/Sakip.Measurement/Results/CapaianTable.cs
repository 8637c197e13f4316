using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Model;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Results;

/// <summary>
/// One row of a Bab III performance table: an indicator's target, realisasi, capaian and
/// predikat for the year, its capaian against the Renstra's final target, and what the report
/// printed, side by side.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record CapaianRow
{
    internal CapaianRow(
        Tujuan tujuan,
        Sasaran? sasaran,
        Indikator indikator,
        Target? target,
        IndicatorValue? realisasi,
        CapaianResult capaian,
        PredikatBand? predikat,
        Target? finalTarget,
        CapaianResult capaianAgainstFinalTarget,
        EquatableArray<PrintedFigure> printed)
    {
        Tujuan = tujuan;
        Sasaran = sasaran;
        Indikator = indikator;
        Target = target;
        Realisasi = realisasi;
        Capaian = capaian;
        Predikat = predikat;
        FinalTarget = finalTarget;
        CapaianAgainstFinalTarget = capaianAgainstFinalTarget;
        Printed = printed;
    }

    /// <summary>Gets the tujuan the indicator belongs to (directly or through its sasaran).</summary>
    public Tujuan Tujuan { get; }

    /// <summary>Gets the sasaran, or <see langword="null"/> for a tujuan indicator.</summary>
    public Sasaran? Sasaran { get; }

    /// <summary>Gets the indicator.</summary>
    public Indikator Indikator { get; }

    /// <summary>Gets the year's target used, if any.</summary>
    public Target? Target { get; }

    /// <summary>Gets the year's realisasi, if reported.</summary>
    public IndicatorValue? Realisasi { get; }

    /// <summary>Gets the capaian against the year's target.</summary>
    public CapaianResult Capaian { get; }

    /// <summary>Gets the predikat of the capaian, or <see langword="null"/> when there is no capaian.</summary>
    public PredikatBand? Predikat { get; }

    /// <summary>Gets the Renstra's final-year target, if set.</summary>
    public Target? FinalTarget { get; }

    /// <summary>Gets the capaian against the final-year target (<see cref="CapaianStatus.NoTarget"/> when there is no final target).</summary>
    public CapaianResult CapaianAgainstFinalTarget { get; }

    /// <summary>Gets the printed occurrences of the row's figures (its target, realisasi, capaian, predikat and Renstra comparison for the year), in the order given.</summary>
    public EquatableArray<PrintedFigure> Printed { get; }
}

/// <summary>
/// The Bab III capaian table of one Renstra for one year: one <see cref="CapaianRow"/> per tujuan
/// and sasaran indicator, in Renstra order, and the unit's mean — an immutable result that
/// renderers and the review read.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record CapaianTable
{
    private CapaianTable(Renstra renstra, FiscalYear year, CapaianPolicy policy, PredikatScale scale, CapaianBasis basis, EquatableArray<CapaianRow> rows, CapaianMean mean, CapaianMean rawMean)
    {
        RawMean = rawMean;
        Renstra = renstra;
        Year = year;
        Policy = policy;
        Scale = scale;
        Basis = basis;
        Rows = rows;
        Mean = mean;
        MeanPredikat = mean.HasValue ? scale.Grade(mean.Value) : default;
    }

    /// <summary>Gets the Renstra measured.</summary>
    public Renstra Renstra { get; }

    /// <summary>Gets the year measured.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the policy used.</summary>
    public CapaianPolicy Policy { get; }

    /// <summary>Gets the predikat scale used.</summary>
    public PredikatScale Scale { get; }

    /// <summary>Gets whether predikat and mean were taken on capped or raw values.</summary>
    public CapaianBasis Basis { get; }

    /// <summary>Gets the rows, in Renstra order.</summary>
    public EquatableArray<CapaianRow> Rows { get; }

    /// <summary>Gets the mean over the sasaran indicators on <see cref="Basis"/> (the "rata-rata capaian" row).</summary>
    public CapaianMean Mean { get; }

    /// <summary>Gets the predikat of <see cref="Mean"/> on <see cref="Scale"/>, or why there is none.</summary>
    public PredikatGrade MeanPredikat { get; }

    /// <summary>
    /// Gets the mean over the sasaran indicators of the raw (uncapped) values, which reviews need
    /// beside <see cref="Mean"/> (Mayang 2023 printed the raw mean 98 % although it caps).
    /// </summary>
    public CapaianMean RawMean { get; }

    /// <summary>Measures every tujuan and sasaran indicator of a Renstra for a year.</summary>
    /// <param name="renstra">The Renstra.</param>
    /// <param name="year">The year.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="scale">The predikat scale.</param>
    /// <param name="basis">Whether predikat and mean use capped or raw values.</param>
    /// <param name="source">Which target of the year to use.</param>
    /// <param name="printed">What the report printed: each row gets the occurrences of its own figures.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> lies outside the Renstra period.</exception>
    public static CapaianTable Build(Renstra renstra, FiscalYear year, CapaianPolicy policy, PredikatScale scale, CapaianBasis basis,
        TargetSource source = TargetSource.Effective, IEnumerable<PrintedFigure>? printed = null)
    {
        var printedByFigure = (printed ?? []).ToLookup(p => p.Figure);
        Preconditions.CheckNotNull(renstra);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(scale);
        Preconditions.CheckArgument(renstra.Period.Contains(year), nameof(year), "The year lies outside the Renstra period {0}.", renstra.Period);

        var rows = new List<CapaianRow>();
        foreach (var tujuan in renstra.Tujuan)
        {
            foreach (var indikator in tujuan.Indikator)
            {
                rows.Add(Row(renstra, tujuan, null, indikator, year, policy, scale, basis, source, printedByFigure));
            }
            foreach (var sasaran in tujuan.Sasaran)
            {
                foreach (var indikator in sasaran.Indikator)
                {
                    rows.Add(Row(renstra, tujuan, sasaran, indikator, year, policy, scale, basis, source, printedByFigure));
                }
            }
        }
        var sasaranResults = rows.Where(r => r.Sasaran is not null).Select(r => r.Capaian).ToArray();
        var mean = CapaianAggregation.Mean(sasaranResults, basis);
        var rawMean = CapaianAggregation.Mean(sasaranResults, CapaianBasis.Raw);
        return new CapaianTable(renstra, year, policy, scale, basis, EquatableArray.Create<CapaianRow>(rows), mean, rawMean);
    }

    private static CapaianRow Row(Renstra renstra, Tujuan tujuan, Sasaran? sasaran, Indikator indikator, FiscalYear year, CapaianPolicy policy, PredikatScale scale, CapaianBasis basis, TargetSource source,
        ILookup<FigureId, PrintedFigure> printed)
    {
        var data = indikator.GetYear(year);
        var target = data?.GetTarget(source);
        var realisasi = indikator.GetRealisasi(year);
        var capaian = Capaian.ForYear(indikator, year, policy, source);
        PredikatBand? predikat = null;
        if (capaian.HasValue)
        {
            scale.TryClassify(basis == CapaianBasis.Raw ? capaian.Raw : capaian.Value, out predikat);
        }
        var finalTarget = indikator.GetYear(renstra.Period.FinalYear)?.RenstraTarget;
        var againstFinal = finalTarget.HasValue
            ? Capaian.Calculate(finalTarget.GetValueOrDefault(), realisasi, indikator.Polarity, policy)
            : CapaianResult.Missing(CapaianStatus.NoTarget);
        return new CapaianRow(tujuan, sasaran, indikator, target, realisasi, capaian, predikat, finalTarget, againstFinal,
            PrintedLookup.Of(printed, indikator.Code, year, PrintedLookup.Indicator));
    }
}
