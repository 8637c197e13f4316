using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Text;

public class NumberPatternTests
{
    private static readonly NumberPattern Lenient = NumberPattern.Number.WithDecimalPointAccepted();

    [Theory]
    [InlineData("2.563.565.638", "2563565638")]
    [InlineData("85,23", "85.23")]
    [InlineData("2.911.311.160,40", "2911311160.40")]
    [InlineData("51.971", "51971")]
    [InlineData("- 46.289.000", "-46289000")]
    [InlineData("(8.091.400,00)", "-8091400.00")]
    [InlineData("1000000", "1000000")]
    [InlineData("  92,33 ", "92.33")]
    public void Number_ParsesIndonesianNotation(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberPattern.Number.Parse(text).Value);

    [Theory]
    [InlineData("6.9230.000")]      // 000 L927
    [InlineData("130.129.00")]      // 000 L404
    [InlineData("1.745,818.972")]   // 001 L593
    [InlineData("3.002.619.063-")]  // 000 L970
    [InlineData("12,5,3")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("85,")]
    [InlineData("88.25")]           // a decimal point is not id-ID unless accepted explicitly
    public void Number_RejectsMalformedText_NamingIt(string text)
    {
        var result = NumberPattern.Number.Parse(text);
        Assert.False(result.Success);
        var ex = Assert.Throws<UnparsableValueException>(() => result.Value);
        Assert.Equal(text, ex.Text);
        Assert.Contains($"'{text}'", ex.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("88.25", "88.25")]
    [InlineData("1.74", "1.74")]
    [InlineData("0.00", "0")]
    [InlineData("1.745", "1745")]   // three digits after a single dot stay a thousands group
    public void Lenient_AcceptsAnUnambiguousDecimalPoint(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Lenient.Parse(text).Value);

    [Theory]
    [InlineData("85,23%", "85.23")]
    [InlineData("100 %", "100")]
    [InlineData("111,3%", "111.3")]
    [InlineData("77,92", "77.92")]
    public void Percent_ParsesWithOrWithoutSign(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberPattern.Percent.Parse(text).Value);

    [Fact]
    public void Percent_RejectsDoubledSign() => Assert.False(NumberPattern.Percent.Parse("97,83%%").Success);

    [Theory]
    [InlineData("Rp. 2.563.565.638")]
    [InlineData("Rp 1.629.538.324,00")]
    [InlineData("Rp.188.035.600,00")]
    [InlineData("Rp3.067.535.140,00")]
    [InlineData("Rp. 549.840.000,-")]
    [InlineData("20.500.000,00")]
    public void Rupiah_ParsesThePrefixesReportsUse(string text) => Assert.True(NumberPattern.Rupiah.Parse(text).Success, text);

    [Fact]
    public void Rupiah_RejectsCommaGroupedAmount() => Assert.False(NumberPattern.Rupiah.Parse("Rp.1.745,785.473").Success);

    [Theory]
    [InlineData("111.25", 1, "111,3%")]
    [InlineData("99.805", 2, "99,81%")]
    [InlineData("94.8925", 0, "95%")]
    [InlineData("-0.005", 2, "-0,01%")]
    public void Percent_FormatsHalfAwayFromZero(string value, int decimals, string expected) =>
        Assert.Equal(expected, NumberPattern.Percent.WithDecimalPlaces(decimals).Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Rupiah_FormatsWithThousandsDotsAndSen()
    {
        Assert.Equal("Rp3.067.535.140,00", NumberPattern.Rupiah.Format(3067535140m));
        Assert.Equal("Rp 2.911.311.160,40", NumberPattern.Rupiah.WithSpaceAfterSymbol().Format(2911311160.4m));
        Assert.Equal("(8.091.400,00)", NumberPattern.Number.WithParenthesesForNegatives().Format(-8091400m));
        Assert.Equal("2.563.565.638", NumberPattern.Number.WithDecimalPlaces(0).Format(2563565638m));
    }

    // Issue 10, defect 2: a zero first group before a dot was read as a thousands grouping, so
    // "0.500" was 500 (and a realisasi of 0.500 against 100 % a capaian of 500 %).
    [Theory]
    [InlineData("0.500")]
    [InlineData("0.001")]
    [InlineData("012.345")]
    [InlineData("0.500.000")]
    public void Number_ZeroFirstGroupBeforeADot_IsRejected_NotReadAsThousands(string text)
    {
        var result = NumberPattern.Number.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(text, Assert.Throws<UnparsableValueException>(() => result.Value).Text);
        Assert.Contains("starts with 0", result.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.500", "0.500")]
    [InlineData("0.001", "0.001")]
    public void Lenient_ZeroFirstGroupBeforeADot_IsADecimalPoint(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Lenient.Parse(text).Value);

    [Theory]
    [InlineData("0,12345678901234567890123456789")]    // 29 decimal places
    [InlineData("79228162514264337593543950336")]      // 2^96: beyond the largest mantissa
    [InlineData("7.922.816.251.426.433.759.354.395.033,6")]
    [InlineData("1,00000000000000000000000000001")]   // 29 places, the last significant
    public void Number_MoreDigitsThanADecimalHolds_IsRejected_NotRounded(string text)
    {
        var result = NumberPattern.Number.Parse(text);
        Assert.False(result.Success, $"{text} was read as {(result.Success ? result.Value : 0m)}");
        Assert.Contains(text, result.Exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Number_LongText_IsReadExactly_WithoutALengthLimit()
    {
        // 300 leading zeros and 300 trailing zeros are still the number 1,5.
        string text = new string('0', 300) + "1," + "5" + new string('0', 300);
        Assert.Equal(1.5m, NumberPattern.Number.Parse(text).Value);
        Assert.Equal(decimal.MaxValue, NumberPattern.Number.Parse("79.228.162.514.264.337.593.543.950.335").Value);
    }

    [Fact]
    public void Number_KeepsThePrintedScale_WhileItFits()
    {
        Assert.Equal(2, NumberPattern.Number.Parse("1,50").Value.Scale);
        // Trailing zeros beyond what a decimal holds are dropped, never significant digits.
        var long1 = NumberPattern.Number.Parse("1," + new string('0', 40)).Value;
        Assert.Equal(1m, long1);
        Assert.Equal(28, long1.Scale);
    }

    [Theory]
    [InlineData("88.250")]
    [InlineData("-1234567.891")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7922816251426433759354395.0335")]
    public void FormatExact_RoundTripsEveryDigitAndTheScale(string invariant)
    {
        decimal value = decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var pattern in new[] { NumberPattern.Number, NumberPattern.Percent, NumberPattern.Rupiah.WithParenthesesForNegatives() })
        {
            string text = pattern.FormatExact(value);
            decimal back = pattern.Parse(text).Value;
            Assert.Equal(value, back);
            Assert.Equal(value.Scale, back.Scale);
        }
    }

    [Fact]
    public void WithDecimalPlaces_AcceptsUpTo28_NamesTheParameterBeyond()
    {
        Assert.Equal("0,0000000000000000000000000001", NumberPattern.Number.WithDecimalPlaces(28).Format(0.0000000000000000000000000001m));
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => NumberPattern.Number.WithDecimalPlaces(29));
        Assert.Equal("decimalPlaces", e.ParamName);
    }

    [Theory]
    [InlineData("12,5,3", "it has more than one decimal comma")]
    [InlineData(",5,3", "it has more than one decimal comma")]
    [InlineData("12,,5", "it has more than one decimal comma")]
    [InlineData("1,5.3", "a thousands dot follows the decimal comma")]
    [InlineData("1,.5", "a thousands dot follows the decimal comma")]
    [InlineData("85,", "no digits follow the decimal comma")]
    [InlineData(",", "no digits follow the decimal comma")]
    [InlineData(",5", "there are no digits before the decimal separator")]
    [InlineData("1234.567", "the first digit group '1234' must have one to three digits")]
    [InlineData("1.2345", "the digit group '2345' after a thousands dot must have exactly three digits")]
    [InlineData("12kg", "the character 'k' is not part of a plain number")]
    [InlineData("-", "there are no digits")]
    [InlineData("(123", "an opening parenthesis has no closing one")]
    [InlineData("(12)3", "an opening parenthesis has no closing one")]
    public void Number_Rejection_SaysWhatIsWrong(string text, string reason) =>
        Assert.Equal(reason, NumberPattern.Number.Parse(text).Error);

    [Theory]
    [InlineData("5Rp", "the character 'R' is not part of a percentage number")]
    [InlineData("5%%", "the percent sign is doubled")]
    public void Percent_Rejection_SaysWhatIsWrong(string text, string reason) =>
        Assert.Equal(reason, NumberPattern.Percent.Parse(text).Error);

    [Theory]
    [InlineData("Rp", "there are no digits")]
    [InlineData("Rp. ,-", "there are no digits")]
    [InlineData("5%", "the character '%' is not part of a rupiah number")]
    [InlineData("-Rp-5", "the number has two negative signs")]
    [InlineData("(Rp -5)", "the number has two negative signs")]
    public void Rupiah_Rejection_SaysWhatIsWrong(string text, string reason) =>
        Assert.Equal(reason, NumberPattern.Rupiah.Parse(text).Error);

    [Theory]
    [InlineData("Rp -1.000", "-1000")]      // the sign after the symbol
    [InlineData("-Rp 1.000", "-1000")]
    [InlineData("rp 1.000", "1000")]        // the prefix in any case
    [InlineData("RP1.000", "1000")]
    [InlineData("rP.1.000,-", "1000")]
    [InlineData("Rp. 1.000", "1000")]
    public void Rupiah_ReadsTheSymbolInAnyCase_AndASignOnEitherSide(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberPattern.Rupiah.Parse(text).Value);

    [Theory]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData(",5")]
    public void Lenient_ASeparatorWithoutDigitsOnOneSide_IsRejected(string text)
    {
        var result = Lenient.Parse(text);
        Assert.False(result.Success, $"'{text}' was read as {(result.Success ? result.Value : 0m)}");
        Assert.Contains("no digits", result.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_IsAFailureWithEmptyText_NeverAThrow()
    {
        var result = NumberPattern.Number.Parse(null);
        Assert.False(result.Success);
        Assert.Equal("", result.Text);
        Assert.Equal("the text is null", result.Error);
    }

    [Fact]
    public void TryParse_ReadsTheSameAsParse()
    {
        Assert.True(NumberPattern.Rupiah.TryParse("Rp 1.629.538.324,00", out decimal value));
        Assert.Equal(1629538324.00m, value);
        Assert.False(NumberPattern.Number.TryParse("6.9230.000", out _));
    }

    [Theory]
    [InlineData("92.5", false, false, "92,50%")]
    [InlineData("92.5", true, false, "92,50 %")]
    [InlineData("-92.5", true, true, "(92,50 %)")]
    [InlineData("-92.5", false, false, "-92,50%")]
    public void Percent_FormatsTheSignAndTheSpaceAsConfigured(string value, bool space, bool parentheses, string expected) =>
        Assert.Equal(expected, NumberPattern.Percent.WithSpaceAfterSymbol(space).WithParenthesesForNegatives(parentheses)
            .Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0", "0,00")]
    [InlineData("-0.004", "0,00")]          // rounds to zero: no sign
    [InlineData("-0.005", "-0,01")]
    [InlineData("1", "1,00")]
    [InlineData("12", "12,00")]
    [InlineData("123", "123,00")]
    [InlineData("1234", "1.234,00")]
    [InlineData("12345", "12.345,00")]
    [InlineData("123456", "123.456,00")]
    [InlineData("1234567", "1.234.567,00")]
    public void Number_FormatsThousandsGroupsOfThree_FromTheRight(string value, string expected) =>
        Assert.Equal(expected, NumberPattern.Number.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void WithMethods_ChangeOnlyTheirOwnSetting()
    {
        var pattern = NumberPattern.Rupiah.WithDecimalPlaces(0).WithDecimalPointAccepted().WithParenthesesForNegatives().WithSpaceAfterSymbol();
        Assert.Equal((NumberStyle.Rupiah, 0, true, true, true),
            (pattern.Style, pattern.DecimalPlaces, pattern.AcceptsDecimalPoint, pattern.ParenthesesForNegatives, pattern.SpaceAfterSymbol));
        var back = pattern.WithDecimalPointAccepted(false).WithParenthesesForNegatives(false).WithSpaceAfterSymbol(false);
        Assert.Equal((NumberStyle.Rupiah, 0, false, false, false),
            (back.Style, back.DecimalPlaces, back.AcceptsDecimalPoint, back.ParenthesesForNegatives, back.SpaceAfterSymbol));
        Assert.Equal("decimalPlaces", Assert.Throws<System.ArgumentOutOfRangeException>(() => pattern.WithDecimalPlaces(-1)).ParamName);
    }
}

public class IndicatorValuePatternTests
{
    [Fact]
    public void Parse_GradeWithScore()
    {
        var v = IndicatorValuePattern.Default.Parse("A (80,41)").Value;
        Assert.Equal("A", v.Grade.Code);
        Assert.Equal(80.41m, v.Score);
        Assert.Equal(67m, IndicatorValuePattern.Default.Parse("B(67)").Value.Score);
    }

    [Fact]
    public void Parse_GradeWithoutScore()
    {
        var v = IndicatorValuePattern.Default.Parse("BB").Value;
        Assert.Null(v.Score);
        Assert.Null(v.Quantity);
    }

    [Theory]
    [InlineData("4 Dok", "4", "Dok")]
    [InlineData("85,23%", "85.23", "%")]
    [InlineData("Indeks 3,17", "3.17", "Indeks")]
    [InlineData("88.25", "88.25", null)]
    [InlineData("1paket", "1", "paket")]
    public void ParseWithUnit_SeparatesNumberAndSatuan(string text, string number, string? unit)
    {
        var r = IndicatorValuePattern.Default.ParseWithUnit(text).Value;
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), r.Value.Number);
        Assert.Equal(unit, r.UnitText);
    }

    [Theory]
    [InlineData("sebesar-118%")]        // 004 L600: never read as -118
    [InlineData("13 bulan 7 Orang")]    // 001 L685: two quantities in one cell
    [InlineData("Q (5)")]
    [InlineData("B (6x)")]
    [InlineData("")]
    public void Parse_RejectsWhatItCannotReadWithoutGuessing(string text) =>
        Assert.False(IndicatorValuePattern.Default.Parse(text).Success);

    // Issue 10, defect 2: each of these was accepted with a wrong value.
    [Theory]
    [InlineData(".5", "'.'")]            // was 5, the dot taken for the satuan
    [InlineData(",5", "','")]
    [InlineData(".25%", "'.'")]          // was 25
    [InlineData("Rp .5", "'.'")]
    [InlineData("5 juta", "'juta'")]     // was 5, "juta" taken for the satuan
    [InlineData("1,5 M", "'M'")]
    [InlineData("2 miliar", "'miliar'")]
    [InlineData("10 ribu", "'ribu'")]
    [InlineData("Rp 3 Jt", "'Jt'")]
    [InlineData("1 triliun", "'triliun'")]
    [InlineData("10³", "'³'")]           // was 10 with satuan "³"
    [InlineData("10²", "'²'")]
    [InlineData("2⁵", "'⁵'")]
    public void Parse_AmbiguousOrMultipliedNumber_IsRejected_NamingTheTextAndTheCause(string text, string cause)
    {
        var r = IndicatorValuePattern.Default.Parse(text);
        Assert.False(r.Success, $"'{text}' was read as {(r.Success ? r.Value : default)}");
        var ex = Assert.Throws<UnparsableValueException>(() => r.Value);
        Assert.Equal(text, ex.Text);
        Assert.Contains(cause, ex.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10 m³", "10", "m³")]
    [InlineData("5 m²", "5", "m²")]
    [InlineData("1,5 m", "1.5", "m")]
    [InlineData("0.500", "0.500", null)]   // a leading zero group: a decimal point, not 500
    [InlineData("12 Jiwa", "12", "Jiwa")]
    public void ParseWithUnit_SatuanThatAreNotMultipliers_AreKept(string text, string number, string? unit)
    {
        var r = IndicatorValuePattern.Default.ParseWithUnit(text).Value;
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), r.Value.Number);
        Assert.Equal(unit, r.UnitText);
    }

    [Theory]
    [InlineData("88,250")]
    [InlineData("1.234.567,5")]
    [InlineData("-4")]
    [InlineData("B (67)")]
    [InlineData("A (80,41)")]
    [InlineData("WTP")]
    public void Format_IsReadBackAsTheSameValue(string text)
    {
        var pattern = new IndicatorValuePattern(text == "WTP" ? OrdinalScale.AuditOpinion : OrdinalScale.SakipGrade, NumberPattern.Number.WithDecimalPointAccepted());
        var value = pattern.Parse(text).Value;
        Assert.Equal(text, pattern.Format(value));
        Assert.Equal(value, pattern.Parse(pattern.Format(value)).Value);
    }

    [Fact]
    public void Parse_NullOrBlank_IsAFailureSayingSo_NeverAThrow()
    {
        var none = IndicatorValuePattern.Default.ParseWithUnit(null);
        Assert.Equal(("", "the text is null"), (none.Text, none.Error));
        var blank = IndicatorValuePattern.Default.ParseWithUnit("   ");
        Assert.Equal(("   ", "the text is empty"), (blank.Text, blank.Error));
    }

    [Theory]
    [InlineData("sebesar-118%", "the sign '-' is glued to the word before it")]
    [InlineData("(5)", "only a satuan may stand before or after the number")]
    [InlineData("5 %%", "only a satuan may stand before or after the number")]
    [InlineData("6.9230.000 Dok", "the digit group '9230' after a thousands dot must have exactly three digits")]
    [InlineData("B (67", "a grade's score must be written in parentheses after it, e.g. B (67)")]
    [InlineData("B (67) lagi", "a grade's score must be written in parentheses after it, e.g. B (67)")]
    public void Parse_Rejection_SaysWhatIsWrong(string text, string reason)
    {
        var result = IndicatorValuePattern.Default.Parse(text);
        Assert.Equal(reason, result.Error);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Parse_EveryCharacterOfTheSuperscriptsBlock_RightAfterANumber_IsRefusedAsAPower()
    {
        // U+2070–U+209F (superscripts and subscripts) and the Latin-1 ¹ ² ³.
        var characters = new System.Collections.Generic.List<char> { '¹', '²', '³' };
        for (char c = '\u2070'; c <= '\u209F'; c++)
        {
            characters.Add(c);
        }
        foreach (char c in characters)
        {
            var result = IndicatorValuePattern.Default.Parse("10" + c);
            Assert.False(result.Success, $"10{c} (U+{(int)c:X4}) was read as {(result.Success ? result.Value : default)}");
            Assert.Contains("superscript", result.Error, System.StringComparison.Ordinal);
        }
        Assert.Equal("m²", IndicatorValuePattern.Default.ParseWithUnit("5 m²").Value.UnitText);
    }

    [Theory]
    [InlineData("12 Kali/Thn", "12", "Kali/Thn")]
    [InlineData("4 Dok.", "4", "Dok.")]
    [InlineData("100 jiwa per hari", "100", "jiwa per hari")]
    [InlineData("Rp. 5", "5", "Rp.")]
    public void ParseWithUnit_ASatuanMayHoldSpacesDotsAndSlashes(string text, string number, string unit)
    {
        var r = IndicatorValuePattern.Default.ParseWithUnit(text).Value;
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), r.Value.Number);
        Assert.Equal(unit, r.UnitText);
    }
}

public class TargetPatternTests
{
    [Theory]
    [InlineData("2 – 4", "2", "4")]
    [InlineData("2-4 %", "2", "4")]
    [InlineData("2,5 s.d. 3,5", "2.5", "3.5")]
    [InlineData("2 s/d 4", "2", "4")]
    public void Parse_Range_ReadsBothBounds(string text, string lower, string upper)
    {
        var t = TargetPattern.Default.Parse(text, TargetKind.Range).Value;
        Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), t.Lower);
        Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), t.Upper);
    }

    [Theory]
    [InlineData("4 – 2", TargetKind.Range)]
    [InlineData("4", TargetKind.Range)]
    [InlineData("BB (80)", TargetKind.SingleValue)]
    [InlineData("93", TargetKind.Ordinal)]
    [InlineData("6.9230.000", TargetKind.SingleValue)]
    public void Parse_RejectsTargetsOfTheWrongShape(string text, TargetKind kind)
    {
        var r = TargetPattern.Default.Parse(text, kind);
        Assert.False(r.Success);
        Assert.Contains(text, r.Exception.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 – .5")]   // was the range 2–5
    [InlineData(".5 – 2")]
    [InlineData("2 – 5 juta")]
    public void Parse_RangeWithAnAmbiguousBound_IsRejected(string text)
    {
        var r = TargetPattern.Default.Parse(text, TargetKind.Range);
        Assert.False(r.Success, $"'{text}' was read as {(r.Success ? r.Value : default)}");
        Assert.Equal(text, r.Exception.Text);
    }

    [Theory]
    [InlineData("2 – 4", TargetKind.Range)]
    [InlineData("2,5 – 3,75", TargetKind.Range)]
    [InlineData("93", TargetKind.SingleValue)]
    [InlineData("BB (80)", TargetKind.Ordinal)]
    public void Format_IsReadBackAsTheSameTarget(string text, TargetKind kind)
    {
        var target = TargetPattern.Default.Parse(text, kind).Value;
        Assert.Equal(text, TargetPattern.Default.Format(target));
        Assert.Equal(target, TargetPattern.Default.Parse(TargetPattern.Default.Format(target), kind).Value);
    }

    [Fact]
    public void Parse_SingleAndOrdinal()
    {
        Assert.Equal(Target.Of(93m), TargetPattern.Default.Parse("93", TargetKind.SingleValue).Value);
        Assert.Equal(80m, TargetPattern.Default.Parse("BB (80)", TargetKind.Ordinal).Value.Value.Score);
    }

    [Fact]
    public void Parse_UndefinedKind_NamesTheParameter_NullTextIsAFailure()
    {
        Assert.Equal("kind", Assert.Throws<System.ArgumentOutOfRangeException>(() => TargetPattern.Default.Parse("93", (TargetKind)99)).ParamName);
        foreach (var kind in new[] { TargetKind.SingleValue, TargetKind.Range, TargetKind.Ordinal })
        {
            var none = TargetPattern.Default.Parse(null, kind);
            Assert.Equal(("", "the text is null"), (none.Text, none.Error));
        }
    }

    [Theory]
    [InlineData("6.9230.000 – 7.000.000", "'9230'")]   // the lower bound's reason
    [InlineData("2 – 6.9230.000", "'9230'")]           // the upper bound's reason
    [InlineData("6.9230.000 – 7.000.0000", "'9230'")]  // both wrong: the first is named
    public void Parse_RangeWithAMalformedBound_NamesThatBoundsReason(string text, string named)
    {
        var r = TargetPattern.Default.Parse(text, TargetKind.Range);
        Assert.StartsWith("a bound of the range is not a number: ", r.Error, System.StringComparison.Ordinal);
        Assert.Contains(named, r.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("'0000'", r.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B (60) – A (80)")]
    [InlineData("2 – B (80)")]
    [InlineData("B (60) – 4")]
    public void Parse_RangeWithAGradeBound_IsAFailure_NeverAThrow(string text) =>
        Assert.Equal("both bounds of a range must be numbers", TargetPattern.Default.Parse(text, TargetKind.Range).Error);

    [Fact]
    public void Parse_RangeWithEqualBounds_IsARangeOfOneValue() =>
        Assert.Equal(Target.Range(3m, 3m), TargetPattern.Default.Parse("3 – 3", TargetKind.Range).Value);
}
