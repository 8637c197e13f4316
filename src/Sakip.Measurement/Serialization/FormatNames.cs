using System;
using System.Collections.Generic;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Model;
using Sakip.Measurement.Scales;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// A closed vocabulary of the report file: each name stands for one value, both ways. Reading
/// compares names case-insensitively; writing uses the name as listed.
/// </summary>
/// <typeparam name="T">The values named.</typeparam>
internal sealed class FormatNames<T> : IFormatNames
    where T : notnull
{
    private readonly (string Name, T Value)[] entries;

    internal FormatNames(params (string Name, T Value)[] entries) => this.entries = entries;

    /// <inheritdoc />
    public IReadOnlyList<string> Names => Array.ConvertAll(entries, e => e.Name);

    /// <summary>Returns the value a name stands for.</summary>
    /// <exception cref="SakipDataException">The name is not in the vocabulary; the message lists the names that are.</exception>
    internal T Read(string? text, string path)
    {
        foreach (var (name, value) in entries)
        {
            if (string.Equals(name, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        var names = new List<string>(entries.Length);
        foreach (var (name, _) in entries)
        {
            names.Add($"\"{name}\"");
        }
        throw new SakipDataException(path, text, "expected one of " + string.Join(", ", names));
    }

    /// <summary>Returns the name of a value, or <see langword="null"/> when the vocabulary has none.</summary>
    internal string? NameOf(T value)
    {
        foreach (var (name, candidate) in entries)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return name;
            }
        }
        return null;
    }
}

/// <summary>A vocabulary's names in order and canonical spelling, whatever it names (the JSON Schema lists the same).</summary>
internal interface IFormatNames
{
    /// <summary>Gets the names.</summary>
    IReadOnlyList<string> Names { get; }
}

/// <summary>The report file's vocabularies.</summary>
internal static class FormatVocabulary
{
    internal static readonly FormatNames<CappingPolicy> Capping = new(
        ("Cap100Floor0", CappingPolicy.Cap100Floor0),
        ("None", CappingPolicy.None));

    internal static readonly FormatNames<NegativeFormula> NegativeFormulas = new(
        ("Regulation", NegativeFormula.Regulation),
        ("Inverse", NegativeFormula.Inverse));

    internal static readonly FormatNames<ZeroTargetPolicy> ZeroTarget = new(
        ("NegativeZeroIsFullAchievement", ZeroTargetPolicy.NegativeZeroIsFullAchievement),
        ("ZeroOfZeroIsFullAchievement", ZeroTargetPolicy.ZeroOfZeroIsFullAchievement),
        ("NoCapaian", ZeroTargetPolicy.NoCapaian));

    internal static readonly FormatNames<OrdinalCapaianMethod> OrdinalMethod = new(
        ("MetOrNotMet", OrdinalCapaianMethod.MetOrNotMet),
        ("RankRatio", OrdinalCapaianMethod.RankRatio));

    internal static readonly FormatNames<PredikatScale> Scale = new(
        ("PermenPanRb88Tahun2021", PredikatScale.PermenPanRb88Tahun2021),
        ("PermenPanRb88Tahun2021LowerInclusive", PredikatScale.PermenPanRb88Tahun2021LowerInclusive),
        ("Permendagri86Tahun2017", PredikatScale.Permendagri86Tahun2017),
        ("Permendagri86Tahun2017From90", PredikatScale.Permendagri86Tahun2017From90));

    internal static readonly FormatNames<CapaianBasis> GradeOn = new(
        ("capped", CapaianBasis.Capped),
        ("raw", CapaianBasis.Raw));

    internal static readonly FormatNames<UnitAggregation> UnitMean = new(
        ("indicators", UnitAggregation.MeanOfIndicators),
        ("sasaran", UnitAggregation.MeanOfSasaran));

    internal static readonly FormatNames<PaguBasis> Pagu = new(
        ("perubahanElseMurni", PaguBasis.PerubahanElseMurni),
        ("murni", PaguBasis.Murni),
        ("perubahan", PaguBasis.Perubahan));

    internal static readonly FormatNames<EfficiencyPolicy> Efficiency = new(
        ("CapaianAboveSerapan", EfficiencyPolicy.CapaianAboveSerapan),
        ("TargetReachedFirst", EfficiencyPolicy.TargetReachedFirst));

    internal static readonly FormatNames<Polarity> Polarities = new(
        ("positive", Polarity.Positive),
        ("negative", Polarity.Negative));

    internal static readonly FormatNames<TargetKind> TargetKinds = new(
        ("single", TargetKind.SingleValue),
        ("ordinal", TargetKind.Ordinal),
        ("range", TargetKind.Range));

    internal static readonly FormatNames<QuarterlyAggregation> Quarterly = new(
        ("last", QuarterlyAggregation.Last),
        ("sum", QuarterlyAggregation.Sum),
        ("mean", QuarterlyAggregation.Mean));

    internal static readonly FormatNames<BudgetLevel> Levels = new(
        ("program", BudgetLevel.Program),
        ("kegiatan", BudgetLevel.Kegiatan),
        ("subKegiatan", BudgetLevel.SubKegiatan));

    internal static readonly FormatNames<IkmDefinition> IkmDefinitions = new(
        ("PermenPanRb14Tahun2017", IkmDefinition.PermenPanRb14Tahun2017),
        ("Kepmenpan25Tahun2004", IkmDefinition.Kepmenpan25Tahun2004));

    internal static readonly FormatNames<IkmWeighting> IkmWeightings = new(
        ("exact", IkmWeighting.Exact),
        ("legacy", IkmWeighting.Legacy));

    internal static readonly FormatNames<AggregateOperation> Operations = new(
        ("sum", AggregateOperation.Sum),
        ("mean", AggregateOperation.Mean),
        ("difference", AggregateOperation.Difference));

    internal static readonly FormatNames<FigureKind> Figures = new(
        ("target", FigureKind.Target),
        ("realisasi", FigureKind.Realisasi),
        ("capaian", FigureKind.Capaian),
        ("predikat", FigureKind.Predikat),
        ("sasaranCapaian", FigureKind.SasaranCapaian),
        ("sasaranPredikat", FigureKind.SasaranPredikat),
        ("unitCapaian", FigureKind.UnitCapaian),
        ("unitPredikat", FigureKind.UnitPredikat),
        ("renstraComparison", FigureKind.RenstraComparison),
        ("benchmarkComparison", FigureKind.BenchmarkComparison),
        ("paguMurni", FigureKind.PaguMurni),
        ("paguPerubahan", FigureKind.PaguPerubahan),
        ("realisasiAnggaran", FigureKind.RealisasiAnggaran),
        ("serapan", FigureKind.Serapan),
        ("sisa", FigureKind.Sisa),
        ("share", FigureKind.Share),
        ("efficiency", FigureKind.Efficiency),
        ("ikm", FigureKind.Ikm),
        ("ikmUnsur", FigureKind.IkmUnsur),
        ("ikmMutu", FigureKind.IkmMutu),
        ("ipp", FigureKind.Ipp),
        ("indicatorCount", FigureKind.IndicatorCount),
        ("sasaranCount", FigureKind.SasaranCount),
        ("tujuanCount", FigureKind.TujuanCount),
        ("budgetLineCount", FigureKind.BudgetLineCount),
        ("belanja", FigureKind.Belanja));
}
