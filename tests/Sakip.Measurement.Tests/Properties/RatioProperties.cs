using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>An operand as reports have them: 0 to 10¹⁵ (rupiah) with 0 to 4 decimals, or a count or percentage.</summary>
public readonly record struct ReportOperand(decimal Value);

public static class RatioArbitraries
{
    public static Arbitrary<ReportOperand> ReportOperand() =>
        Gen.OneOf(
            from whole in Gen.Choose(0, 1_000_000)
            from thousands in Gen.Choose(0, 999_999_999)
            from fraction in Gen.Choose(0, 9_999)
            from scale in Gen.Choose(0, 4)
            select Make((whole * 1_000_000_000m) + thousands, fraction, scale),
            from whole in Gen.Choose(0, 200)
            from fraction in Gen.Choose(0, 9_999)
            from scale in Gen.Choose(0, 4)
            select Make(whole, fraction, scale),
            Gen.Elements(0m, 1m, 3m, 7m, 0.0001m, 1_000_000_000_000_000m, 999_999_999_999_999.9999m, 100.0000m))
        .Select(v => new ReportOperand(v)).ToArbitrary();

    // whole + fraction/10⁴, written with exactly `scale` places (trailing zeros kept, as parsed report values are).
    private static decimal Make(decimal whole, int fraction, int scale)
    {
        decimal value = decimal.Round(whole + (fraction / 10_000m), scale, MidpointRounding.AwayFromZero);
        var bits = decimal.GetBits(value);
        int own = (bits[3] >> 16) & 0xFF;
        for (int i = own; i < scale; i++)
        {
            value *= 1.0m;
        }
        return value;
    }
}

/// <summary>
/// The 16-place capaian through 64/128-bit integer division against the general exact path
/// (<see cref="DecimalRatio.TryPercentExact"/>, BigInteger): the same digits for every operand
/// size reports have.
/// </summary>
[Properties(Arbitrary = [typeof(RatioArbitraries)], MaxTest = 3000)]
public class RatioProperties
{
    [Property]
    public bool IntegerQuotient_IsTheExactQuotientRoundedOnce(ReportOperand numerator, ReportOperand denominator)
    {
        if (denominator.Value == 0m)
        {
            return true;
        }
        bool exact = DecimalRatio.TryPercentExact(numerator.Value, denominator.Value, out decimal expected);
        bool fast = DecimalRatio.TryPercent(numerator.Value, denominator.Value, out decimal actual);
        // A zero numerator gives 0m on the fast path (as it always has); other values carry their 16 places.
        return exact == fast && (!exact || (expected == actual && (actual == 0m || expected.Scale == actual.Scale)));
    }

    [Property]
    public bool BatchQuotient_WhenItAnswers_IsTheExactMantissa(ReportOperand numerator, ReportOperand denominator)
    {
        Span<int> bits = stackalloc int[4];
        if (denominator.Value == 0m || numerator.Value == 0m
            || !DecimalRatio.TryDecode(numerator.Value, bits, out ulong n, out int ns, out _)
            || !DecimalRatio.TryDecode(denominator.Value, bits, out ulong d, out int ds, out _)
            || !DecimalRatio.TryScaledQuotient64(n, ns, d, ds, out ulong mantissa))
        {
            return true;
        }
        return DecimalRatio.TryPercentExact(numerator.Value, denominator.Value, out decimal expected)
            && expected == DecimalRatio.FromScaledMantissa(mantissa, negative: false)
            && expected.Scale == DecimalRatio.Scale;
    }
}
