using System;
using System.Collections.Generic;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// A deterministic batch of indicators shaped like real LKjIP Bab III tables: percent
/// indicators (targets such as 80, 92,5 or 85,23), counts, and money (rupiah, up to two
/// decimals); about 5 % without realisasi, about 10 % negative polarity and a few zero targets.
/// </summary>
/// <remarks>The same seed always yields the same values, so runs on different machines compare.</remarks>
internal sealed class CapaianData
{
    /// <summary>The fixed seed every benchmark uses.</summary>
    public const int DefaultSeed = 88_2021;

    private static readonly double[] PowersOfTen = [1d, 10d, 100d];

    public CapaianData(int count, int seed = DefaultSeed)
    {
        Targets = new decimal[count];
        Realisasi = new decimal?[count];
        Polarities = new Polarity[count];

        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            Polarity polarity = random.NextDouble() < 0.10 ? Polarity.Negative : Polarity.Positive;
            double kind = random.NextDouble();
            decimal target;
            decimal? realisasi;
            if (kind < 0.005)
            {
                // Zero target ("0 kasus"): mostly met exactly, sometimes not.
                target = 0m;
                realisasi = random.NextDouble() < 0.7 ? 0m : random.Next(1, 20);
            }
            else if (kind < 0.50)
            {
                // Percent / index indicators: target 60–100 with 0–2 decimals (80, 92,5, 85,23).
                double t = 60d + (random.NextDouble() * 40d);
                target = Fixed(t, Decimals(random));
                realisasi = random.NextDouble() < 0.10
                    ? target
                    : Fixed(t * (0.6 + (random.NextDouble() * 0.6)), Decimals(random));
            }
            else if (kind < 0.80)
            {
                // Counts: documents, villages, cases.
                int t = random.Next(1, 500);
                target = t;
                realisasi = Fixed(t * (0.5 + (random.NextDouble() * 0.7)), 0);
            }
            else
            {
                // Money: Rp 50 juta to Rp 50 miliar, realisasi anggaran 40–105 %.
                double t = 5e7 * Math.Pow(1000d, random.NextDouble());
                target = Fixed(t, random.Next(2) == 0 ? 0 : 2);
                realisasi = Fixed(t * (0.4 + (random.NextDouble() * 0.65)), 2);
            }

            if (random.NextDouble() < 0.05)
            {
                realisasi = null;
            }

            Targets[i] = target;
            Realisasi[i] = realisasi;
            Polarities[i] = polarity;
        }
    }

    public decimal[] Targets { get; }

    public decimal?[] Realisasi { get; }

    public Polarity[] Polarities { get; }

    public int Count => Targets.Length;

    public CapaianInput[] ToInputs()
    {
        var inputs = new CapaianInput[Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = new CapaianInput(Targets[i], Realisasi[i], Polarities[i]);
        }
        return inputs;
    }

    public List<NaiveIndicator> ToNaiveIndicators()
    {
        var list = new List<NaiveIndicator>(Count);
        for (int i = 0; i < Count; i++)
        {
            list.Add(new NaiveIndicator
            {
                Target = Targets[i],
                Realisasi = Realisasi[i],
                IsNegative = Polarities[i] == Polarity.Negative,
            });
        }
        return list;
    }

    /// <summary>A position-sensitive checksum of band indexes (−1 for none), shared by every benchmark.</summary>
    public static long Mix(long hash, int bandIndex) => unchecked((hash * 31) + bandIndex + 1);

    private static int Decimals(Random random) => random.NextDouble() switch
    {
        < 0.4 => 0,
        < 0.7 => 1,
        _ => 2,
    };

    // Builds a decimal with exactly `decimals` places (scale), as a parsed report value would have.
    private static decimal Fixed(double value, int decimals)
    {
        long mantissa = (long)Math.Round(value * PowersOfTen[decimals], MidpointRounding.AwayFromZero);
        return new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)decimals);
    }
}

/// <summary>An indicator as a naive application holds it: a class with boxed values.</summary>
internal sealed class NaiveIndicator
{
    public object Target { get; init; } = 0m;

    public object? Realisasi { get; init; }

    public bool IsNegative { get; init; }
}

/// <summary>A predikat band as a naive application holds it: lower-exclusive, upper-inclusive.</summary>
internal sealed class NaiveBand(int index, string code, decimal lowerExclusive, decimal upperInclusive)
{
    public int Index { get; } = index;

    public string Code { get; } = code;

    public decimal LowerExclusive { get; } = lowerExclusive;

    public decimal UpperInclusive { get; } = upperInclusive;
}

/// <summary>A naive per-indicator result object.</summary>
internal sealed class NaiveResult(decimal? capaian, NaiveBand? band)
{
    public decimal? Capaian { get; } = capaian;

    public NaiveBand? Band { get; } = band;
}
