using System;
using FsCheck.Xunit;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Tests.Properties;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
public class CapaianProperties
{
    [Property]
    public bool Positive_IsNonDecreasingInRealisasi(PositiveTarget target, Amount a, Amount b)
    {
        decimal lo = Math.Min(a.Value, b.Value), hi = Math.Max(a.Value, b.Value);
        var policy = CapaianPolicy.Uncapped;
        return Capaian.Calculate(target.Value, lo, Polarity.Positive, policy).Raw
            <= Capaian.Calculate(target.Value, hi, Polarity.Positive, policy).Raw;
    }

    [Property]
    public bool Negative_IsNonIncreasingInRealisasi(PositiveTarget target, Amount a, Amount b)
    {
        decimal lo = Math.Min(a.Value, b.Value), hi = Math.Max(a.Value, b.Value);
        var policy = CapaianPolicy.Uncapped;
        return Capaian.Calculate(target.Value, lo, Polarity.Negative, policy).Raw
            >= Capaian.Calculate(target.Value, hi, Polarity.Negative, policy).Raw;
    }

    [Property]
    public bool NegativeRegulation_Is200MinusPositive(PositiveTarget target, Amount realisasi)
    {
        var policy = CapaianPolicy.Uncapped;
        return Capaian.Calculate(target.Value, realisasi.Value, Polarity.Negative, policy).Raw
            == 200m - Capaian.Calculate(target.Value, realisasi.Value, Polarity.Positive, policy).Raw;
    }

    [Property]
    public bool Capped100_StaysWithin0And100_AndKeepsRaw(PositiveTarget target, Amount realisasi, bool negative)
    {
        var polarity = negative ? Polarity.Negative : Polarity.Positive;
        var capped = Capaian.Calculate(target.Value, realisasi.Value, polarity, CapaianPolicy.Capped100);
        var raw = Capaian.Calculate(target.Value, realisasi.Value, polarity, CapaianPolicy.Uncapped);
        return capped.Value is >= 0m and <= 100m
            && capped.Raw == raw.Raw
            && capped.WasCapped == (raw.Raw is > 100m or < 0m)
            && raw.Value == raw.Raw;
    }

    [Property]
    public bool CustomCeiling_NeverExceeded(PositiveTarget target, Amount realisasi)
    {
        var policy = CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(120m, null) };
        var r = Capaian.Calculate(target.Value, realisasi.Value, Polarity.Positive, policy);
        return r.Value <= 120m && (r.Raw <= 120m ? r.Value == r.Raw : r.Value == 120m);
    }

    [Property]
    public bool FastRatio_AgreesWithTheExactPath(PositiveTarget denominator, Amount numerator) =>
        DecimalRatio.TryPercentExact(numerator.Value, denominator.Value, out decimal exact)
        && DecimalRatio.Percent(numerator.Value, denominator.Value) == exact;

    [Property]
    public bool Batch_AgreesWithSingleCalls(PositiveTarget target, Amount realisasi, bool negative, bool missing)
    {
        var polarity = negative ? Polarity.Negative : Polarity.Positive;
        decimal? actual = missing ? null : realisasi.Value;
        var results = new CapaianResult[1];
        CapaianBatch.Calculate([new CapaianInput(target.Value, actual, polarity)], CapaianPolicy.Capped100, results);
        return results[0] == Capaian.Calculate(target.Value, actual, polarity, CapaianPolicy.Capped100);
    }
}

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 1000)]
public class ScaleAndTextProperties
{
    private static readonly PredikatScale[] Scales =
    [
        PredikatScale.PermenPanRb88Tahun2021,
        PredikatScale.PermenPanRb88Tahun2021LowerInclusive,
        PredikatScale.Permendagri86Tahun2017,
        PredikatScale.Permendagri86Tahun2017From90,
    ];

    [Property]
    public bool EveryValue_FallsInExactlyOneBand(ScaleValue value)
    {
        foreach (var scale in Scales)
        {
            int containing = 0;
            foreach (var band in scale.Bands)
            {
                containing += band.Contains(value.Value) ? 1 : 0;
            }
            if (containing != 1 || !scale.Bands[scale.IndexOf(value.Value)].Contains(value.Value))
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool Predikat_IsMonotoneInCapaian(ScaleValue a, ScaleValue b)
    {
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        decimal lo = Math.Min(a.Value, b.Value), hi = Math.Max(a.Value, b.Value);
        // Bands are listed best first, so a higher value never gets a later (worse) band.
        return scale.IndexOf(hi) <= scale.IndexOf(lo);
    }

    [Property]
    public bool Format_ThenParse_RoundTrips(AnyNumber number, bool parentheses, bool space)
    {
        foreach (var basePattern in new[] { NumberPattern.Number, NumberPattern.Percent, NumberPattern.Rupiah })
        {
            foreach (int decimals in new[] { 0, 2, 4 })
            {
                var pattern = basePattern.WithDecimalPlaces(decimals).WithParenthesesForNegatives(parentheses).WithSpaceAfterSymbol(space);
                var parsed = pattern.Parse(pattern.Format(number.Value));
                if (!parsed.Success || parsed.Value != decimal.Round(number.Value, decimals, MidpointRounding.AwayFromZero))
                {
                    return false;
                }
            }
        }
        return true;
    }
}

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
public class ConstructionProperties
{
    [Property]
    public bool Renstra_RejectsEveryYearOutsideItsPeriod(byte offset, bool before)
    {
        int year = before ? 2020 - (offset % 50) : 2027 + (offset % 50);
        var ind = new Indikator("IK", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(new FiscalYear(year), realisasi: IndicatorValue.FromNumber(1m))]);
        try
        {
            _ = new Renstra("R", new RenstraPeriod(2021, 2026), [new Tujuan("T", "t", [ind], [])]);
            return false;
        }
        catch (SakipDataException ex)
        {
            return ex.Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [Property]
    public bool Indikator_RejectsEveryBlankName(byte spaces)
    {
        string name = new(' ', spaces % 5);
        try
        {
            _ = new Indikator("IK", name, "%", Polarity.Positive, TargetKind.SingleValue, []);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Property]
    public bool Renstra_RejectsDuplicateCodesAnywhere(byte which)
    {
        var a = new Indikator("DUP", "a", "%", Polarity.Positive, TargetKind.SingleValue, []);
        var b = new Indikator("DUP", "b", "%", Polarity.Positive, TargetKind.SingleValue, []);
        Tujuan tujuan = (which % 3) switch
        {
            0 => new Tujuan("T", "t", [a, b], []),
            1 => new Tujuan("T", "t", [a], [new Sasaran("S", "s", [b])]),
            _ => new Tujuan("T", "t", [], [new Sasaran("S1", "s", [a]), new Sasaran("S2", "s", [b])]),
        };
        try
        {
            _ = new Renstra("R", new RenstraPeriod(2021, 2026), [tujuan]);
            return false;
        }
        catch (SakipDataException ex)
        {
            return ex.Value == "DUP";
        }
    }

    [Property]
    public bool NegativeTargets_AreRejected(PositiveTarget target)
    {
        try
        {
            _ = Capaian.Calculate(-target.Value, 1m, Polarity.Positive, CapaianPolicy.Capped100);
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }

    [Property]
    public bool FiscalYear_RejectsOutOfRangeYears(int year) =>
        year is >= 1 and <= 9999 ? new FiscalYear(year).Year == year : Throws(() => _ = new FiscalYear(year));

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}
