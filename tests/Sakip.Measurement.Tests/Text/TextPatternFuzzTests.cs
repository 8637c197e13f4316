using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Text;

/// <summary>
/// Fuzzing the text patterns: cells as the seed reports print them, mutated the way typing and
/// extraction mangle them (separators inserted, doubled, moved or dropped; digits and units
/// swapped; long and unicode text). Whatever the text, parsing either fails with the typed
/// <see cref="UnparsableValueException"/> naming the text, or gives a value whose formatted text
/// parses back to the same value. Case count: <c>SAKIP_DIFFERENTIAL_CASES</c> (default 2 000),
/// run on demand with <c>--filter Category=Differential</c>.
/// </summary>
[Trait("Category", "Differential")]
public class TextPatternFuzzTests
{
    private static readonly int Cases = Reference.DifferentialCases.Or(2_000);

    private static readonly string[] ValidCells =
    [
        "85,23%", "85,23 %", "2.563.565.638", "Rp3.067.535.140,00", "Rp 2.911.311.160,40", "Rp. 1.000,-", "(8.091.400,00)",
        "- 46.289.000", "88.25", "1.745", "0,5", "100", "4 Dok", "Indeks 3,17", "B (67)", "A (80,41)", "BB(75)", "WTP",
        "2 – 4", "2-4 %", "2,5 s.d. 3,5", "2 s/d 4", "92,5 %", "12 Jiwa", "10 m³", "0.500", "1.234.567,891",
    ];

    private static readonly string[] Inserts =
    [
        ".", ",", " ", "-", "–", "%", "Rp", "(", ")", "s.d.", "0", "9", "juta", "M", "³", "²", "\u00A0", "\u200B", "٣",
        "３", "e", "E", "+", "'", "\u0301", "😀", "\uD800", "/", "..", ",,",
    ];

    private static readonly NumberPattern[] NumberPatterns =
    [
        NumberPattern.Number, NumberPattern.Percent, NumberPattern.Rupiah,
        NumberPattern.Number.WithDecimalPointAccepted(), NumberPattern.Percent.WithDecimalPointAccepted(),
        NumberPattern.Rupiah.WithParenthesesForNegatives().WithSpaceAfterSymbol(),
    ];

    [Fact]
    public void NumberPatterns_AcceptedTextReformatsToTheSameValue_RejectedTextIsNamed() =>
        Check(text => NumberPatterns.All(pattern => RoundTrips(pattern.Parse(text), text, v => pattern.Parse(pattern.FormatExact(v)))));

    [Fact]
    public void IndicatorValuePattern_AcceptedTextReformatsToTheSameValue_RejectedTextIsNamed() =>
        Check(text =>
        {
            var pattern = IndicatorValuePattern.Default;
            return RoundTrips(pattern.Parse(text), text, v => pattern.Parse(pattern.Format(v)));
        });

    [Fact]
    public void IndicatorValuePattern_NeverLeavesADigitOrAMultiplierInTheSatuan() =>
        Check(text =>
        {
            var result = IndicatorValuePattern.Default.ParseWithUnit(text);
            return !result.Success || result.Value.UnitText is not { } unit
                || !(unit.Any(char.IsDigit) || unit.Split(' ').Any(w => w is "juta" or "M" or "ribu" or "miliar"));
        });

    [Fact]
    public void TargetPattern_AcceptedTextReformatsToTheSameTarget_RejectedTextIsNamed() =>
        Check(text => Enum.GetValues<TargetKind>().All(kind =>
        {
            var pattern = TargetPattern.Default;
            return RoundTrips(pattern.Parse(text, kind), text, t => pattern.Parse(pattern.Format(t), kind));
        }));

    private static bool RoundTrips<T>(ParseResult<T> result, string text, Func<T, ParseResult<T>> reparse)
    {
        if (!result.Success)
        {
            var exception = Assert.Throws<UnparsableValueException>(() => result.Value);
            Assert.Equal(text, exception.Text);
            return exception.Message.Contains(text, StringComparison.Ordinal);
        }
        var again = reparse(result.Value);
        Assert.True(again.Success, $"'{text}' was read as {result.Value}, whose formatted text '{again.Text}' does not parse: {again.Error}");
        Assert.Equal(result.Value, again.Value);
        return true;
    }

    private static void Check(Func<string, bool> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Mutated.ToArbitrary(), property));

    // One to three mutations of a valid cell.
    private static Gen<string> Mutated =>
        from cell in Gen.Elements(ValidCells)
        from count in Gen.Choose(1, 3)
        from steps in Gen.ArrayOf(Mutation, count)
        select steps.Aggregate(cell, (text, step) => step(text));

    private static Gen<Func<string, string>> Mutation =>
        Gen.OneOf(
            from insert in Gen.Elements(Inserts)
            from at in Gen.Choose(0, 1000)
            select (Func<string, string>)(t => t.Insert(at % (t.Length + 1), insert)),
            from at in Gen.Choose(0, 1000)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Insert(at % t.Length, t[at % t.Length].ToString())),
            from at in Gen.Choose(0, 1000)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(at % t.Length, 1)),
            from from_ in Gen.Choose(0, 1000)
            from to in Gen.Choose(0, 1000)
            select (Func<string, string>)(t => Move(t, from_, to)),
            from at in Gen.Choose(0, 1000)
            select (Func<string, string>)(t => Swap(t, at)),
            from repeat in Gen.Choose(20, 400)
            from piece in Gen.Elements("0", "9", ".000", ",5", " ", "a")
            select (Func<string, string>)(t => t + string.Concat(Enumerable.Repeat(piece, repeat))));

    // Moves the first separator found from a position to another.
    private static string Move(string text, int from, int to)
    {
        int at = text.IndexOfAny(['.', ',', ' ', '%', '-'], from % (text.Length + 1));
        if (at < 0)
        {
            return text;
        }
        string rest = text.Remove(at, 1);
        return rest.Insert(to % (rest.Length + 1), text[at].ToString());
    }

    private static string Swap(string text, int at)
    {
        if (text.Length < 2)
        {
            return text;
        }
        int i = at % (text.Length - 1);
        var sb = new StringBuilder(text);
        (sb[i], sb[i + 1]) = (sb[i + 1], sb[i]);
        return sb.ToString();
    }
}
