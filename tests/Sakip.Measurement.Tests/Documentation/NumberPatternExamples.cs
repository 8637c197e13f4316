using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/number-patterns.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class NumberPatternExamples
{
    [Fact]
    public void Indonesian_numbers_are_read_strictly_and_a_malformed_grouping_is_refused_never_guessed()
    {
        // begin-snippet: numbers-parse
        decimal capaian = NumberPattern.Percent.Parse("85,23%").Value;                  // 85.23
        decimal pagu = NumberPattern.Rupiah.Parse("Rp 2.911.311.160,40").Value;         // 2911311160.40 (Kencong 2025)
        decimal reduction = NumberPattern.Number.Parse("- 1.800.000").Value;            // -1800000 (Mayang 2023)
        decimal thousands = NumberPattern.Number.Parse("1.745").Value;                   // 1745: a dot before three digits groups thousands

        ParseResult<decimal> malformed = NumberPattern.Rupiah.Parse("Rp. 6.9230.000,-");
        // malformed.Success = false
        // malformed.Error = "the digit group '9230' after a thousands dot must have exactly three digits"
        ParseResult<decimal> doubled = NumberPattern.Percent.Parse("97,83%%");
        // doubled.Error = "the percent sign is doubled"

        // Reports mix separators: "88.25" is a decimal point only when the pattern accepts one.
        bool strict = NumberPattern.Number.Parse("88.25").Success;                                  // false
        decimal lenient = NumberPattern.Number.WithDecimalPointAccepted().Parse("88.25").Value;     // 88.25
        // end-snippet

        Assert.Equal((85.23m, 2911311160.40m, -1800000m, 1745m), (capaian, pagu, reduction, thousands));
        Assert.False(malformed.Success);
        Assert.Equal("the digit group '9230' after a thousands dot must have exactly three digits", malformed.Error);
        Assert.Equal("the percent sign is doubled", doubled.Error);
        Assert.False(strict);
        Assert.Equal(88.25m, lenient);
        Assert.Throws<UnparsableValueException>(() => malformed.GetValueOrThrow());
    }

    [Fact]
    public void Numbers_are_written_the_Indonesian_way_rounded_half_away_from_zero_only_when_printed()
    {
        // begin-snippet: numbers-format
        string percent = NumberPattern.Percent.Format(94.8924731182795699m);                   // "94,89%"
        string oneDecimal = NumberPattern.Percent.WithDecimalPlaces(1).Format(111.25m);      // "111,3%": half away from zero
        string half = NumberPattern.Percent.Format(99.805m);                                   // "99,81%"
        string rupiah = NumberPattern.Rupiah.Format(3_067_535_140m);                           // "Rp3.067.535.140,00"
        string spaced = NumberPattern.Rupiah.WithSpaceAfterSymbol().Format(2_911_311_160.40m); // "Rp 2.911.311.160,40"
        string negative = NumberPattern.Number.WithDecimalPlaces(0).WithParenthesesForNegatives().Format(-8_091_400m);   // "(8.091.400)"
        string exact = NumberPattern.Number.FormatExact(88.250m);                              // "88,250": every digit, parses back to 88.250
        // end-snippet

        Assert.Equal(("94,89%", "111,3%", "99,81%"), (percent, oneDecimal, half));
        Assert.Equal(("Rp3.067.535.140,00", "Rp 2.911.311.160,40", "(8.091.400)", "88,250"), (rupiah, spaced, negative, exact));
        Assert.Equal(88.250m, NumberPattern.Number.Parse(exact).Value);
    }

    [Fact]
    public void Report_cells_are_read_with_their_satuan_grades_and_ranges()
    {
        // begin-snippet: numbers-cells
        IndicatorValuePattern values = IndicatorValuePattern.Default;

        PrintedValue documents = values.ParseWithUnit("4 Dok").Value;   // documents.Value.Number = 4, documents.UnitText = "Dok"
        IndicatorValue sakip = values.Parse("A (80,41)").Value;         // grade A, score 80.41
        string written = values.Format(sakip);                           // "A (80,41)"

        Target range = TargetPattern.Default.Parse("2 – 4 %", TargetKind.Range).Value;   // range.Lower = 2, range.Upper = 4
        // end-snippet

        Assert.Equal((4m, "Dok"), (documents.Value.Number, documents.UnitText));
        Assert.Equal(("A", 80.41m), (sakip.Grade.Code, sakip.Score));
        Assert.Equal("A (80,41)", written);
        Assert.Equal((TargetKind.Range, 2m, 4m), (range.Kind, range.Lower, range.Upper));
    }
}
