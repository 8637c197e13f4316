using System;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Text;

/// <summary>
/// Reads target and realisasi cells as reports print them: a number with its satuan
/// (<c>85,23%</c>, <c>4 Dok</c>, <c>Indeks 3,17</c>, <c>88.25</c>) or a grade with an optional score
/// (<c>B (67)</c>, <c>A (80,41)</c>, <c>BB(75)</c>, <c>WTP</c>).
/// </summary>
/// <remarks>
/// <para>The number is read by <see cref="Numbers"/> (by default the id-ID plain pattern accepting
/// an unambiguous decimal point, because tables mix both). Words before or after the number are
/// taken as the printed satuan and returned by <see cref="ParseWithUnit"/>. A sign glued to a
/// word (<c>sebesar-118%</c>) is rejected rather than read as a negative number.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class IndicatorValuePattern
{
    /// <summary>Initializes a new pattern.</summary>
    /// <param name="grades">The ordinal scale grade codes are looked up in.</param>
    /// <param name="numbers">The pattern numbers (and scores) are read with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IndicatorValuePattern(OrdinalScale grades, NumberPattern numbers)
    {
        Grades = Preconditions.CheckNotNull(grades);
        Numbers = Preconditions.CheckNotNull(numbers);
    }

    /// <summary>Gets the default pattern: SAKIP grades, id-ID numbers accepting an unambiguous decimal point.</summary>
    public static IndicatorValuePattern Default { get; } =
        new(OrdinalScale.SakipGrade, NumberPattern.Number.WithDecimalPointAccepted());

    /// <summary>Gets the ordinal scale grade codes are looked up in.</summary>
    public OrdinalScale Grades { get; }

    /// <summary>Gets the pattern numbers are read with.</summary>
    public NumberPattern Numbers { get; }

    /// <summary>Reads a value; never throws.</summary>
    /// <param name="text">The printed cell.</param>
    /// <returns>The value, or why the text was rejected.</returns>
    public ParseResult<IndicatorValue> Parse(string? text)
    {
        var result = ParseWithUnit(text);
        return result.Success
            ? ParseResult<IndicatorValue>.ForValue(result.Text, result.Value.Value)
            : ParseResult<IndicatorValue>.ForFailure(result.Text, result.Error!);
    }

    /// <summary>Reads a value and the satuan printed with it; never throws.</summary>
    /// <param name="text">The printed cell.</param>
    /// <returns>The value and its printed satuan, or why the text was rejected.</returns>
    public ParseResult<PrintedValue> ParseWithUnit(string? text)
    {
        if (text is null)
        {
            return ParseResult<PrintedValue>.ForFailure(string.Empty, "the text is null");
        }
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<PrintedValue>.ForFailure(text, "the text is empty");
        }

        int firstDigit = trimmed.AsSpan().IndexOfAnyInRange('0', '9');
        int open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (firstDigit < 0 || (open > 0 && open < firstDigit))
        {
            return ParseGrade(text, trimmed);
        }

        // Number with optional words around it.
        int start = firstDigit;
        if (start > 0 && NumberPattern.IsMinus(trimmed[start - 1]))
        {
            if (start - 1 > 0 && !char.IsWhiteSpace(trimmed[start - 2]))
            {
                return ParseResult<PrintedValue>.ForFailure(text,
                    string.Create(CultureInfo.InvariantCulture, $"the sign '{trimmed[start - 1]}' is glued to the word before it"));
            }
            start--;
        }
        int end = firstDigit;
        while (end < trimmed.Length && (char.IsAsciiDigit(trimmed[end]) || trimmed[end] is '.' or ','))
        {
            end++;
        }
        // The number token is the run of digits, dots and commas; a token ending in '.' or ','
        // ("4.", "4,") is rejected by the number pattern rather than trimmed, since it cannot be
        // told apart from a truncated group.
        string prefix = trimmed[..start].Trim();
        string suffix = trimmed[end..].Trim();
        string numberText = trimmed[start..end];
        if (start > 0 && trimmed[start - 1] is '.' or ',')
        {
            return ParseResult<PrintedValue>.ForFailure(text, string.Create(CultureInfo.InvariantCulture,
                $"the separator '{trimmed[start - 1]}' before '{numberText}' has no digit before it (write 0{trimmed[start - 1]}{numberText})"));
        }
        if (end < trimmed.Length && IsSuperscript(trimmed[end]))
        {
            return ParseResult<PrintedValue>.ForFailure(text, string.Create(CultureInfo.InvariantCulture,
                $"the superscript '{trimmed[end]}' right after the number reads as a power; write the number in full"));
        }
        if (!IsUnitText(prefix) || !IsUnitText(suffix.TrimStart('%').Trim()) || suffix.Count(c => c == '%') > 1)
        {
            return ParseResult<PrintedValue>.ForFailure(text, "only a satuan may stand before or after the number");
        }
        if ((FindMagnitudeWord(prefix) ?? FindMagnitudeWord(suffix)) is { } magnitude)
        {
            return ParseResult<PrintedValue>.ForFailure(text, string.Create(CultureInfo.InvariantCulture,
                $"'{magnitude}' multiplies the number; write the number in full (e.g. 5.000.000 for 5 juta)"));
        }
        if (!Numbers.TryParse(numberText, out decimal number))
        {
            var failure = Numbers.Parse(numberText);
            return ParseResult<PrintedValue>.ForFailure(text, failure.Error ?? "the number is not valid");
        }
        string unit = (prefix + " " + suffix).Trim();
        return ParseResult<PrintedValue>.ForValue(text, new PrintedValue(IndicatorValue.FromNumber(number), unit.Length == 0 ? null : unit));
    }

    private ParseResult<PrintedValue> ParseGrade(string text, string trimmed)
    {
        int open = trimmed.IndexOf('(', StringComparison.Ordinal);
        string code = (open < 0 ? trimmed : trimmed[..open]).Trim();
        if (!Grades.TryGetGrade(code, out var grade))
        {
            return ParseResult<PrintedValue>.ForFailure(text,
                $"'{code}' is neither a number nor a grade of '{Grades.Name}'");
        }
        if (open < 0)
        {
            return ParseResult<PrintedValue>.ForValue(text, new PrintedValue(IndicatorValue.FromGrade(grade), null));
        }
        int close = trimmed.IndexOf(')', open);
        if (close < 0 || trimmed[(close + 1)..].Trim().Length != 0)
        {
            return ParseResult<PrintedValue>.ForFailure(text, "a grade's score must be written in parentheses after it, e.g. B (67)");
        }
        var score = Numbers.Parse(trimmed[(open + 1)..close]);
        return score.Success
            ? ParseResult<PrintedValue>.ForValue(text, new PrintedValue(IndicatorValue.FromGrade(grade, score.Value), null))
            : ParseResult<PrintedValue>.ForFailure(text, $"the score of grade '{code}' is not a number: {score.Error}");
    }

    /// <summary>Writes a value so that <see cref="Parse"/> reads it back unchanged: the number with every digit it carries, or the grade with its score.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, e.g. <c>88,25</c>, <c>1.234.567</c> or <c>B (67)</c>.</returns>
    public string Format(IndicatorValue value)
    {
        if (value.IsNumeric)
        {
            return Numbers.FormatExact(value.Number);
        }
        string code = value.Grade.Code;
        return value.Score is { } score ? $"{code} ({Numbers.FormatExact(score)})" : code;
    }

    // Words that multiply the number they follow ("5 juta" is 5.000.000): taking them as the
    // satuan would drop the multiplier, so they are refused. "M" and "T" (miliar, triliun) count
    // only in capitals; a lower-case "m" is a metre.
    private static readonly string[] MagnitudeWords = ["ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "trilyun"];

    private static string? FindMagnitudeWord(string unit)
    {
        foreach (string word in unit.Split([' ', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "M" or "T" || Array.Exists(MagnitudeWords, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
            {
                return word;
            }
        }
        return null;
    }

    private static bool IsSuperscript(char c) => c is '¹' or '²' or '³' || (c >= '\u2070' && c <= '\u209F');

    private static bool IsUnitText(string text)
    {
        foreach (char c in text)
        {
            if (!(char.IsLetter(c) || c is ' ' or '.' or '/' or '²' or '³'))
            {
                return false;
            }
        }
        return true;
    }

}

/// <summary>A value read from a report cell, with the satuan words printed around it.</summary>
/// <param name="Value">The value.</param>
/// <param name="UnitText">The printed satuan (<c>Dok</c>, <c>%</c>, <c>Indeks</c>), or <see langword="null"/> when none was printed.</param>
public readonly record struct PrintedValue(IndicatorValue Value, string? UnitText);
