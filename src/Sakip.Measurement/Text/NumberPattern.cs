using System;
using System.Globalization;
using System.Text;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Text;

/// <summary>What a <see cref="NumberPattern"/> reads and writes besides the digits.</summary>
public enum NumberStyle
{
    /// <summary>A bare number: <c>2.563.565.638</c>, <c>88,25</c>.</summary>
    Plain = 0,

    /// <summary>A percentage: <c>85,23%</c>; the sign is optional when parsing.</summary>
    Percent = 1,

    /// <summary>A rupiah amount: <c>Rp3.067.535.140,00</c>; the <c>Rp</c>/<c>Rp.</c> prefix and a trailing <c>,-</c> are optional when parsing.</summary>
    Rupiah = 2,
}

/// <summary>
/// Reads and writes numbers the Indonesian (id-ID) way — decimal comma, thousands dot — strictly:
/// a malformed grouping such as <c>6.9230.000</c> or <c>1.745,818.972</c> is rejected with a
/// message naming the text, never guessed.
/// </summary>
/// <remarks>
/// <para><see cref="Format"/> rounds half away from zero to <see cref="DecimalPlaces"/> (presentation
/// rounding): <c>Parse(Format(x))</c> equals <c>x</c> rounded to <see cref="DecimalPlaces"/>.
/// <see cref="FormatExact"/> writes every digit: <c>Parse(FormatExact(x))</c> equals <c>x</c>.</para>
/// <para>Parsing builds the value from the digits exactly. Text of any length is read; digits a
/// decimal cannot hold (more than 28 decimal places, or more significant digits than its 96-bit
/// mantissa) are rejected, never rounded. A leading zero group before a dot (<c>0.500</c>) is not
/// a thousands grouping: the strict patterns reject it, a pattern accepting a decimal point reads
/// it as one (0,5).</para>
/// <para>Accepted on parsing: leading/trailing white space; a leading <c>-</c> (also <c>- </c>,
/// as some tables print it) or surrounding parentheses for negatives; groups of exactly three
/// digits after each thousands dot, or no grouping at all; a decimal comma. With
/// <see cref="AcceptsDecimalPoint"/>, a single dot that is not followed by exactly three digits
/// (<c>88.25</c>, <c>1.74</c>, <c>0.00</c>) is read as a decimal point — reports mix both —
/// while <c>1.745</c> stays one thousand seven hundred forty-five.</para>
/// <para>No ambient culture is used: the pattern is the culture.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class NumberPattern
{
    private NumberPattern(NumberStyle style, int decimalPlaces, bool acceptsDecimalPoint, bool parenthesesForNegatives, bool spaceAfterSymbol)
    {
        Style = style;
        DecimalPlaces = decimalPlaces;
        AcceptsDecimalPoint = acceptsDecimalPoint;
        ParenthesesForNegatives = parenthesesForNegatives;
        SpaceAfterSymbol = spaceAfterSymbol;
    }

    /// <summary>Gets the strict plain-number pattern, two decimals: <c>1.234,57</c>.</summary>
    public static NumberPattern Number { get; } = new(NumberStyle.Plain, 2, false, false, false);

    /// <summary>Gets the strict percentage pattern, two decimals: <c>85,23%</c>.</summary>
    public static NumberPattern Percent { get; } = new(NumberStyle.Percent, 2, false, false, false);

    /// <summary>Gets the strict rupiah pattern, two decimals: <c>Rp3.067.535.140,00</c>.</summary>
    public static NumberPattern Rupiah { get; } = new(NumberStyle.Rupiah, 2, false, false, false);

    /// <summary>Gets what the pattern reads and writes besides the digits.</summary>
    public NumberStyle Style { get; }

    /// <summary>Gets the number of decimals written (0–28).</summary>
    public int DecimalPlaces { get; }

    /// <summary>Gets a value indicating whether an unambiguous decimal point is accepted when parsing.</summary>
    public bool AcceptsDecimalPoint { get; }

    /// <summary>Gets a value indicating whether negatives are written in parentheses, e.g. <c>(8.091.400,00)</c>.</summary>
    public bool ParenthesesForNegatives { get; }

    /// <summary>Gets a value indicating whether a space separates the symbol from the number (<c>Rp 1.000</c>, <c>92,5 %</c>).</summary>
    public bool SpaceAfterSymbol { get; }

    /// <summary>Returns a copy writing another number of decimals.</summary>
    /// <param name="decimalPlaces">The number of decimals, 0 to 28 (the most a decimal carries).</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> is outside 0–28.</exception>
    public NumberPattern WithDecimalPlaces(int decimalPlaces) =>
        new(Style, Preconditions.CheckRange(decimalPlaces, 0, MaxDecimalScale), AcceptsDecimalPoint, ParenthesesForNegatives, SpaceAfterSymbol);

    /// <summary>Returns a copy that does or does not accept an unambiguous decimal point when parsing.</summary>
    /// <param name="accepts">Whether to accept <c>88.25</c> as 88,25.</param>
    /// <returns>The pattern.</returns>
    public NumberPattern WithDecimalPointAccepted(bool accepts = true) =>
        new(Style, DecimalPlaces, accepts, ParenthesesForNegatives, SpaceAfterSymbol);

    /// <summary>Returns a copy that writes negatives in parentheses or with a minus sign.</summary>
    /// <param name="parentheses">Whether to write <c>(1.000,00)</c>.</param>
    /// <returns>The pattern.</returns>
    public NumberPattern WithParenthesesForNegatives(bool parentheses = true) =>
        new(Style, DecimalPlaces, AcceptsDecimalPoint, parentheses, SpaceAfterSymbol);

    /// <summary>Returns a copy that writes a space between symbol and number.</summary>
    /// <param name="space">Whether to write <c>Rp 1.000</c> / <c>92,5 %</c>.</param>
    /// <returns>The pattern.</returns>
    public NumberPattern WithSpaceAfterSymbol(bool space = true) =>
        new(Style, DecimalPlaces, AcceptsDecimalPoint, ParenthesesForNegatives, space);

    /// <summary>Writes a value, rounded half away from zero to <see cref="DecimalPlaces"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, e.g. <c>85,23%</c>.</returns>
    public string Format(decimal value) => FormatCore(decimal.Round(value, DecimalPlaces, MidpointRounding.AwayFromZero), DecimalPlaces);

    /// <summary>
    /// Writes a value with every decimal place it carries and no rounding (<c>88,250</c> for
    /// 88.250m), so that <see cref="Parse"/> gives back the same value, scale included.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, e.g. <c>1.234,5%</c>.</returns>
    public string FormatExact(decimal value) => FormatCore(value, value.Scale);

    private string FormatCore(decimal rounded, int places)
    {
        bool negative = rounded < 0m;
        string digits = Math.Abs(rounded).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        string whole = point < 0 ? digits : digits[..point];
        var sb = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            sb.Append(ParenthesesForNegatives ? "(" : "-");
        }
        if (Style == NumberStyle.Rupiah)
        {
            sb.Append(SpaceAfterSymbol ? "Rp " : "Rp");
        }
        int firstGroup = whole.Length % 3 == 0 ? 3 : whole.Length % 3;
        sb.Append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.Length; i += 3)
        {
            sb.Append('.').Append(whole, i, 3);
        }
        if (point >= 0)
        {
            sb.Append(',').Append(digits, point + 1, digits.Length - point - 1);
        }
        if (Style == NumberStyle.Percent)
        {
            sb.Append(SpaceAfterSymbol ? " %" : "%");
        }
        if (negative && ParenthesesForNegatives)
        {
            sb.Append(')');
        }
        return sb.ToString();
    }

    /// <summary>Reads a value; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value, or why the text was rejected.</returns>
    public ParseResult<decimal> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<decimal>.ForFailure(string.Empty, "the text is null");
        }
        string? error = TryParseCore(text.AsSpan(), out decimal value);
        return error is null ? ParseResult<decimal>.ForValue(text, value) : ParseResult<decimal>.ForFailure(text, error);
    }

    /// <summary>Reads a value without allocating on success.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out decimal value) => TryParseCore(text, out value) is null;

    private string? TryParseCore(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            return "the text is empty";
        }
        bool negative = false;
        if (s[0] == '(')
        {
            if (s[^1] != ')')
            {
                return "an opening parenthesis has no closing one";
            }
            negative = true;
            s = s[1..^1].Trim();
        }
        else if (IsMinus(s[0]))
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        string? symbolError = StripSymbols(ref s);
        if (symbolError is not null)
        {
            return symbolError;
        }
        if (!s.IsEmpty && IsMinus(s[0]))
        {
            if (negative)
            {
                return "the number has two negative signs";
            }
            negative = true;
            s = s[1..].TrimStart();
        }
        if (s.IsEmpty)
        {
            return "there are no digits";
        }

        string? bodyError = ParseBody(s, AcceptsDecimalPoint, out value);
        if (bodyError is not null)
        {
            return bodyError;
        }
        if (negative)
        {
            value = -value;
        }
        return null;
    }

    private string? StripSymbols(ref ReadOnlySpan<char> s)
    {
        switch (Style)
        {
            case NumberStyle.Percent:
                if (!s.IsEmpty && s[^1] == '%')
                {
                    s = s[..^1].TrimEnd();
                    if (!s.IsEmpty && s[^1] == '%')
                    {
                        return "the percent sign is doubled";
                    }
                }
                break;
            case NumberStyle.Rupiah:
                if (s.Length >= 2 && (s[0] == 'R' || s[0] == 'r') && (s[1] == 'p' || s[1] == 'P'))
                {
                    s = s[2..];
                    if (!s.IsEmpty && s[0] == '.')
                    {
                        s = s[1..];
                    }
                    s = s.TrimStart();
                }
                if (s.EndsWith(",-", StringComparison.Ordinal))
                {
                    s = s[..^2].TrimEnd();
                }
                break;
        }
        foreach (char c in s)
        {
            if (!(char.IsAsciiDigit(c) || c == '.' || c == ',' || IsMinus(c)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"the character '{c}' is not part of a {StyleName} number");
            }
        }
        return null;
    }

    private string StyleName => Style switch
    {
        NumberStyle.Percent => "percentage",
        NumberStyle.Rupiah => "rupiah",
        _ => "plain",
    };

    // The hyphen and the minus sign; not the en dash, which reports use between range bounds.
    internal static bool IsMinus(char c) => c is '-' or '−';

    /// <summary>Parses digits with thousands dots and a decimal comma (or an accepted decimal point).</summary>
    /// <remarks>
    /// The value is built from the digits exactly: text of any length is read, and text whose
    /// digits a decimal cannot hold (more than 28 places, or beyond 2^96 − 1 without its trailing
    /// zeros) is rejected rather than rounded.
    /// </remarks>
    internal static string? ParseBody(ReadOnlySpan<char> s, bool acceptsDecimalPoint, out decimal value)
    {
        value = 0m;
        int comma = s.IndexOf(',');
        if (comma >= 0 && s[(comma + 1)..].IndexOf(',') >= 0)
        {
            return "it has more than one decimal comma";
        }
        ReadOnlySpan<char> whole = comma >= 0 ? s[..comma] : s;
        ReadOnlySpan<char> fraction = comma >= 0 ? s[(comma + 1)..] : ReadOnlySpan<char>.Empty;
        if (comma >= 0 && fraction.IndexOf('.') >= 0)
        {
            return "a thousands dot follows the decimal comma";
        }
        if (comma >= 0 && fraction.IsEmpty)
        {
            return "no digits follow the decimal comma";
        }

        int dots = whole.Count('.');
        if (comma < 0 && acceptsDecimalPoint && dots == 1)
        {
            int dot = whole.IndexOf('.');
            // "88.25" is a decimal point; so is "0.500": a group of a leading zero cannot start a
            // thousands grouping. "1.745" stays one thousand seven hundred forty-five.
            bool zeroFirstGroup = dot == 1 && whole[0] == '0';
            if (whole.Length - dot - 1 != 3 || zeroFirstGroup)
            {
                fraction = whole[(dot + 1)..];
                whole = whole[..dot];
                if (fraction.IsEmpty)
                {
                    return "no digits follow the decimal point";
                }
                dots = 0;
            }
        }
        if (whole.IsEmpty)
        {
            return "there are no digits before the decimal separator";
        }
        string? groupError = dots == 0 ? CheckDigits(whole) : CheckGroups(whole);
        return groupError ?? CheckDigits(fraction) ?? Compose(whole, fraction, out value);
    }

    private static string? CheckDigits(ReadOnlySpan<char> digits)
    {
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"'{c}' is not a digit");
            }
        }
        return null;
    }

    // Groups of exactly three digits after each thousands dot, one to three before the first,
    // and no leading zero there: "0.500" and "012.345" are not thousands groupings.
    private static string? CheckGroups(ReadOnlySpan<char> whole)
    {
        int groupIndex = 0;
        var rest = whole;
        while (true)
        {
            int dot = rest.IndexOf('.');
            var group = dot < 0 ? rest : rest[..dot];
            if (groupIndex == 0 ? group.Length is < 1 or > 3 : group.Length != 3)
            {
                return groupIndex == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"the first digit group '{group}' must have one to three digits")
                    : string.Create(CultureInfo.InvariantCulture, $"the digit group '{group}' after a thousands dot must have exactly three digits");
            }
            if (CheckDigits(group) is { } error)
            {
                return error;
            }
            if (groupIndex == 0 && group[0] == '0')
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the digit group '{group}' starts with 0, so the dot after it is not a thousands separator (write a decimal comma)");
            }
            groupIndex++;
            if (dot < 0)
            {
                return null;
            }
            rest = rest[(dot + 1)..];
        }
    }

    // Builds the value from checked digits (dots in the whole part are skipped): the mantissa of
    // the significant digits, the scale of the printed fraction (trailing zeros kept while they fit).
    private static string? Compose(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction, out decimal value)
    {
        value = 0m;
        var significantFraction = fraction.TrimEnd('0');
        if (significantFraction.Length > MaxDecimalScale)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"it has {significantFraction.Length} decimal places and a decimal holds at most {MaxDecimalScale}; it would have to be rounded");
        }
        UInt128 mantissa = UInt128.Zero;
        foreach (char c in whole)
        {
            if (c != '.' && !Accumulate(ref mantissa, c))
            {
                return "the number is too large";
            }
        }
        foreach (char c in significantFraction)
        {
            if (!Accumulate(ref mantissa, c))
            {
                return "it has more significant digits than a decimal holds; it would have to be rounded";
            }
        }
        int scale = significantFraction.Length;
        while (scale < fraction.Length && scale < MaxDecimalScale && mantissa * 10 <= MaxMantissa)
        {
            mantissa *= 10;
            scale++;
        }
        ulong low = (ulong)(mantissa & ulong.MaxValue);
        uint high = (uint)(mantissa >> 64);
        value = new decimal(unchecked((int)(uint)low), unchecked((int)(uint)(low >> 32)), unchecked((int)high), false, (byte)scale);
        return null;
    }

    private static bool Accumulate(ref UInt128 mantissa, char digit)
    {
        mantissa = (mantissa * 10) + (uint)(digit - '0');
        return mantissa <= MaxMantissa;
    }

    private const int MaxDecimalScale = 28;

    private static readonly UInt128 MaxMantissa = (UInt128.One << 96) - UInt128.One;
}
