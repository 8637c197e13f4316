using FsCheck;
using FsCheck.Fluent;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>A target as reports print them: positive, 0 to 4 decimals, up to a billion.</summary>
public readonly record struct PositiveTarget(decimal Value);

/// <summary>A realisasi: 0 to 4 decimals, up to a billion (never negative, like every seed value).</summary>
public readonly record struct Amount(decimal Value);

/// <summary>Any decimal a pattern might be asked to format: sign, up to 15 integer digits, up to 6 decimals.</summary>
public readonly record struct AnyNumber(decimal Value);

/// <summary>A value inside 0–200, with up to 4 decimals, for scale totality.</summary>
public readonly record struct ScaleValue(decimal Value);

public static class Arbitraries
{
    private static Gen<decimal> Scaled(int maxWhole) =>
        from whole in Gen.Choose(0, maxWhole)
        from fraction in Gen.Choose(0, 9999)
        from scale in Gen.Elements(0, 1, 2, 4)
        select scale == 0 ? whole : whole + (decimal.Round(fraction / 10000m, scale, System.MidpointRounding.AwayFromZero));

    public static Arbitrary<PositiveTarget> PositiveTarget() =>
        Scaled(1_000_000_000).Where(v => v > 0m).Select(v => new PositiveTarget(v)).ToArbitrary();

    public static Arbitrary<Amount> Amount() =>
        Gen.OneOf(Scaled(200), Scaled(1_000_000_000)).Select(v => new Amount(v)).ToArbitrary();

    public static Arbitrary<AnyNumber> AnyNumber() =>
        (from high in Gen.Choose(0, 999_999_999)
         from low in Gen.Choose(0, 999_999)
         from fraction in Gen.Choose(0, 999_999)
         from negative in Gen.Elements(false, true)
         let magnitude = (high * 1_000_000m) + low + (fraction / 1_000_000m)
         select new AnyNumber(negative ? -magnitude : magnitude)).ToArbitrary();

    public static Arbitrary<ScaleValue> ScaleValue() =>
        (from whole in Gen.Choose(0, 200)
         from fraction in Gen.Elements(0, 1, 5000, 9999, 0)
         select new ScaleValue(whole + (fraction / 10000m))).ToArbitrary();
}
