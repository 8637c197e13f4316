using System;
using System.Linq;
using Xunit;
using static Sakip.Measurement.Tests.Seeds.SeedData;

namespace Sakip.Measurement.Tests.Seeds;

/// <summary>
/// Golden tests: every capaian cell of the Bab III tables of seeds 000, 001, 003 and 004,
/// recomputed from its printed inputs with the rule the report states (capped for the 2023
/// reports, uncapped for Kencong 2025). Errata from SEEDS.md §3 are asserted as differences,
/// never encoded as expected values.
/// </summary>
public class SeedGoldenTests
{
    public static TheoryData<string, string> CapaianRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, row) in Rows("capaian"))
        {
            data.Add(file, row.GetProperty("id").GetString()!);
        }
        return data;
    }

    public static TheoryData<string, int> MeanRows()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in Files)
        {
            int count = Root(file).GetProperty("means").GetArrayLength();
            for (int i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }
        return data;
    }

    public static TheoryData<string, int> TickRows()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in Files)
        {
            int count = Root(file).GetProperty("predikatTicks").GetArrayLength();
            for (int i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }
        return data;
    }

    public static TheoryData<string, int> HistoryRows()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in Files)
        {
            int count = Root(file).GetProperty("history").GetArrayLength();
            for (int i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }
        return data;
    }

    [Fact]
    public void SeedFiles_CoverEveryReport_WithRowsInEachTableKind()
    {
        Assert.Equal(4, Files.Length);
        foreach (string file in Files)
        {
            var kinds = Root(file).GetProperty("capaian").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToHashSet();
            Assert.Contains("year", kinds);
            Assert.Contains("renstraFinal", kinds);
        }
        Assert.True(Rows("capaian").Count() >= 100, "expected at least 100 golden capaian cells across the four seeds");
    }

    [Theory]
    [MemberData(nameof(CapaianRows))]
    public void Capaian_RecomputedFromPrintedInputs_MatchesSeedsRecomputation(string file, string id)
    {
        var row = CapaianRow(file, id);
        var result = Recompute(file, row);

        Assert.True(result.HasValue, $"{id}: no capaian ({result.Status})");
        Assert.Equal(Invariant(Str(row, "expectedRaw")!), Round(result.Raw, 4));
        Assert.Equal(Str(row, "valueKind") == "gradeWithScore" ? CapaianRule.OrdinalScore : CapaianRule.Positive, result.Rule);
        if (Policy(file).Capping.HasCeiling)
        {
            Assert.True(result.Value <= 100m);
            Assert.Equal(result.Raw > 100m, result.WasCapped);
        }
        else
        {
            Assert.Equal(result.Raw, result.Value);
        }
    }

    [Theory]
    [MemberData(nameof(CapaianRows))]
    public void Predikat_OfRecomputedCapaian_IsTheScalesBand(string file, string id)
    {
        var row = CapaianRow(file, id);
        string? expected = Str(row, "expectedPredikat");
        var result = Recompute(file, row);
        var band = Scale(file).Classify(Presented(file, result));
        if (expected is null)
        {
            // The report grades nothing in this cell; the scale still grades the capaian, in the
            // one band whose bounds hold it (read independently off the scale's data).
            decimal value = Presented(file, result);
            Assert.Equal(Reference.ExactReference.Classify(Scale(file), Reference.Fraction.Of(value)), band.Code);
            Assert.True(band.Contains(value));
            return;
        }
        Assert.Equal(expected, band.Code);
        string? printed = Str(row, "printedPredikat");
        if (printed is not null && ErratumField(row) != "predikat")
        {
            Assert.Equal(band.Label, printed.Trim(), StringComparer.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(CapaianRows))]
    public void PrintedCapaian_AgreesWithRecomputation_UnlessSeedsListsAnErratum(string file, string id)
    {
        var row = CapaianRow(file, id);
        string? printedText = Str(row, "printedCapaian");
        if (printedText is null)
        {
            Assert.Null(Str(row, "printedCapaian"));
            return;
        }
        var (printed, decimals) = Printed(printedText);
        decimal presented = Presented(file, Recompute(file, row));
        decimal expected = Round(presented, decimals);
        switch (ErratumField(row))
        {
            case "capaian" or "cap":
                Assert.NotEqual(expected, printed);
                break;
            case "rounding":
                // Truncated instead of rounded half away from zero (erratum K01).
                Assert.NotEqual(expected, printed);
                Assert.Equal(Truncate(presented, decimals), printed);
                break;
            default:
                // No erratum, or one about the inputs (target/realisasi): the printed arithmetic is right.
                Assert.Equal(expected, printed);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(MeanRows))]
    public void Mean_OfGoldenRows_MatchesRecomputation_AndFlagsPrintedErrata(string file, int index)
    {
        var mean = Root(file).GetProperty("means")[index];
        var results = mean.GetProperty("rowIds").EnumerateArray()
            .Select(id => Recompute(file, CapaianRow(file, id.GetString()!)))
            .ToArray();

        var raw = CapaianAggregation.Mean(results, CapaianBasis.Raw);
        var capped = CapaianAggregation.Mean(results, CapaianBasis.Capped);
        Assert.Equal(results.Length, raw.Included);
        Assert.Equal(0, raw.Excluded);
        Assert.Equal(Invariant(Str(mean, "expectedRaw")!), Round(raw.Value, 4));
        Assert.Equal(Invariant(Str(mean, "expectedCapped")!), Round(capped.Value, 4));

        string? printedText = Str(mean, "printed");
        if (printedText is not null)
        {
            var (printed, decimals) = Printed(printedText);
            decimal presented = Basis(file) == CapaianBasis.Raw ? raw.Value : capped.Value;
            if (ErratumField(mean) is not ("capaian" or "cap"))
            {
                Assert.Equal(Round(presented, decimals), printed);
            }
            else
            {
                Assert.NotEqual(Round(presented, decimals), printed);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TickRows))]
    public void IkhtisarTick_IsCheckedAgainstThePredikatOfTheTrueCapaian(string file, int index)
    {
        var tick = Root(file).GetProperty("predikatTicks")[index];
        var scale = Scale(file);
        string expectedCode = Str(tick, "expectedPredikat")!;
        var expectedBand = scale.GetBand(expectedCode);

        string? rowId = Str(tick, "capaianRowId");
        if (rowId is not null)
        {
            var result = Recompute(file, CapaianRow(file, rowId));
            Assert.Equal(expectedBand, scale.Classify(Presented(file, result)));
        }
        string printedLabel = Str(tick, "printedLabel")!.Trim();
        bool agrees = string.Equals(printedLabel, expectedBand.Label, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ErratumField(tick) != "predikat", agrees);
        if (ErratumField(tick) == "capaian" && rowId is not null)
        {
            // The row prints another figure (e.g. the budget absorption) as its capaian.
            var (printed, decimals) = Printed(Str(tick, "printedValue")!);
            var result = Recompute(file, CapaianRow(file, rowId));
            Assert.NotEqual(Round(Presented(file, result), decimals), printed);
        }
    }

    [Theory]
    [MemberData(nameof(HistoryRows))]
    public void History_PrintedValuesParse_AndTrendOfLastTwoYearsIsRecomputed(string file, int index)
    {
        var history = Root(file).GetProperty("history")[index];
        var realisasi = history.GetProperty("realisasi").EnumerateObject()
            .Select(p => (Year: new FiscalYear(int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)), Value: Value(p.Value.GetString()!)))
            .OrderBy(p => p.Year)
            .ToArray();
        foreach (var target in history.GetProperty("targets").EnumerateObject())
        {
            Assert.True(Sakip.Measurement.Text.IndicatorValuePattern.Default.Parse(target.Value.GetString()).Success, target.Value.GetString());
        }
        string? expectedTrend = Str(history, "expectedTrend");
        if (expectedTrend is null || realisasi.Length < 2)
        {
            Assert.True(expectedTrend is null, "a trend needs two years");
            return;
        }
        var previous = realisasi[^2].Value.Quantity!.Value;
        var current = realisasi[^1].Value.Quantity!.Value;
        var trend = Comparison.TrendOf(previous, current, Polarity.Positive);
        Assert.Equal(expectedTrend, trend.Direction.ToString(), StringComparer.OrdinalIgnoreCase);
    }
}
