using System;
using System.Collections.Generic;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>
/// Indikator kinerja: a measurable performance indicator with its satuan, polarity, target kind,
/// quarterly aggregation method and its years (targets and realisasi).
/// </summary>
/// <remarks>
/// <para>Validated at construction: code and name not blank, weight positive, no year twice,
/// every target of the declared <see cref="TargetKind"/> and not negative. Years are kept in the
/// caller's order.</para>
/// <para>Equality is structural.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Indikator
{
    /// <summary>Initializes a new indicator.</summary>
    /// <param name="code">The indicator's code, unique within its Renstra, e.g. <c>IKU-1</c>.</param>
    /// <param name="name">The indicator's name as the Renstra writes it.</param>
    /// <param name="satuan">The unit of measure (satuan) as written, e.g. <c>%</c>, <c>indeks</c>, <c>dokumen</c>, <c>predikat</c>.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="targetKind">How targets are stated.</param>
    /// <param name="years">The indicator's years.</param>
    /// <param name="quarterlyAggregation">How quarters make up a year.</param>
    /// <param name="weight">The weight in a weighted sasaran mean (default 1).</param>
    /// <exception cref="ArgumentNullException">A reference argument or a year is null.</exception>
    /// <exception cref="ArgumentException">The code, name or satuan is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive, or an enum is undefined.</exception>
    /// <exception cref="SakipDataException">A year appears twice, or a target does not match <paramref name="targetKind"/> or is negative.</exception>
    public Indikator(
        string code,
        string name,
        string satuan,
        Polarity polarity,
        TargetKind targetKind,
        IEnumerable<IndicatorYear> years,
        QuarterlyAggregation quarterlyAggregation = QuarterlyAggregation.Last,
        decimal weight = 1m)
    {
        Code = Preconditions.CheckNotBlank(code);
        Name = Preconditions.CheckNotBlank(name);
        Satuan = Preconditions.CheckNotBlank(satuan);
        Preconditions.CheckDefined(polarity);
        Preconditions.CheckDefined(targetKind);
        if (!Enum.IsDefined(quarterlyAggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(quarterlyAggregation), quarterlyAggregation, "Undefined aggregation method.");
        }
        Weight = Preconditions.CheckPositive(weight);
        Polarity = polarity;
        TargetKind = targetKind;
        QuarterlyAggregation = quarterlyAggregation;

        var list = Preconditions.CheckElementsNotNull(years);
        var seen = new HashSet<FiscalYear>();
        foreach (var year in list)
        {
            string path = $"Indikator[{code}].Years[{year.Year}]";
            if (!seen.Add(year.Year))
            {
                throw new SakipDataException(path, year.Year.ToString(), "the year appears twice");
            }
            CheckTarget(path + ".RenstraTarget", year.RenstraTarget, targetKind);
            CheckTarget(path + ".PkTarget", year.PkTarget, targetKind);
            CheckTarget(path + ".PkPerubahanTarget", year.PkPerubahanTarget, targetKind);
            for (int q = 1; q <= 4; q++)
            {
                if (year.QuarterlyTargets[q] is < 0m)
                {
                    throw new SakipDataException($"{path}.QuarterlyTargets[{q}]", year.QuarterlyTargets[q]!.Value.ToString(CultureInfo.InvariantCulture),
                        "a target must not be negative");
                }
            }
        }
        Years = new EquatableArray<IndicatorYear>(list);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the satuan (unit of measure) as written.</summary>
    public string Satuan { get; }

    /// <summary>Gets the polarity.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets how targets are stated.</summary>
    public TargetKind TargetKind { get; }

    /// <summary>Gets how quarters make up a year.</summary>
    public QuarterlyAggregation QuarterlyAggregation { get; }

    /// <summary>Gets the weight in a weighted mean.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the years, in the order given.</summary>
    public EquatableArray<IndicatorYear> Years { get; }

    /// <summary>Returns the data of one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year's data, or <see langword="null"/> when the indicator has none for it.</returns>
    public IndicatorYear? GetYear(FiscalYear year)
    {
        foreach (var y in Years)
        {
            if (y.Year == year)
            {
                return y;
            }
        }
        return null;
    }

    /// <summary>
    /// Returns the year's realisasi: the yearly value when reported, else the four quarters rolled
    /// up by <see cref="QuarterlyAggregation"/>; <see langword="null"/> when neither is complete.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>The realisasi, or <see langword="null"/>.</returns>
    public IndicatorValue? GetRealisasi(FiscalYear year)
    {
        var data = GetYear(year);
        if (data is null)
        {
            return null;
        }
        if (data.Realisasi.HasValue)
        {
            return data.Realisasi;
        }
        decimal? rolled = data.QuarterlyRealisasi.Aggregate(QuarterlyAggregation);
        return rolled.HasValue ? IndicatorValue.FromNumber(rolled.GetValueOrDefault()) : null;
    }

    private static void CheckTarget(string path, Target? target, TargetKind kind)
    {
        if (!target.HasValue)
        {
            return;
        }
        var t = target.GetValueOrDefault();
        if (t.Kind != kind)
        {
            throw new SakipDataException(path, t.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"the target is {t.Kind} but the indicator declares {kind}"));
        }
        decimal? lowest = t.Kind == TargetKind.Range ? t.Lower : t.Value.Quantity;
        if (lowest is < 0m)
        {
            throw new SakipDataException(path, t.ToString(), "a target must not be negative");
        }
    }
}
