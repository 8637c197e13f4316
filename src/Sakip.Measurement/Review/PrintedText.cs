using System;
using System.Globalization;
using Sakip.Measurement.Results;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Review;

/// <summary>
/// Reads what a report printed, for comparison: a number with the precision it was printed at, a
/// predikat by code or label, an efficiency verdict. Never throws; text that cannot be read is a
/// finding, not an exception.
/// </summary>
internal static class PrintedText
{
    private static readonly NumberPattern Percent = NumberPattern.Percent.WithDecimalPointAccepted();
    private static readonly NumberPattern Rupiah = NumberPattern.Rupiah.WithDecimalPointAccepted();

    /// <summary>Reads a printed number (<c>85,23%</c>, <c>84.37</c>, <c>Rp. 2.563.565.638</c>); the value keeps the printed decimals as its scale.</summary>
    internal static bool TryReadNumber(string text, out decimal value, out string? problem)
    {
        var s = WithoutPunctuation(text);
        bool money = s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase);
        if (money)
        {
            // "Rp", "Rp.", "Rp.,": the symbol and the punctuation typed after it.
            s = s[2..].TrimStart(". ,");
        }
        var result = (money ? Rupiah : Percent).Parse(s.ToString());
        if (result.Success)
        {
            value = result.Value;
            problem = null;
            return true;
        }
        // An indicator value with its satuan ("88,25 indeks", "4 Dok").
        var withUnit = IndicatorValuePattern.Default.ParseWithUnit(text);
        if (withUnit.Success && withUnit.Value.Value.Quantity is { } quantity)
        {
            value = quantity;
            problem = null;
            return true;
        }
        value = 0m;
        problem = result.Exception.Message;
        return false;
    }

    /// <summary>
    /// Whether a percentage or index is printed with one dot followed by exactly three digits and
    /// no comma (<c>88.250</c>): id-ID reads a thousands group (88 250), the writer probably meant a
    /// decimal point; neither reading is safe for a ratio. Amounts are not ratios: <c>51.971</c> is
    /// fifty-one thousand.
    /// </summary>
    internal static bool IsAmbiguousDot(string text)
    {
        var digits = WithoutPunctuation(text).TrimEnd('%').Trim();
        int dot = digits.IndexOf('.');
        return dot > 0 && !digits.Contains(',') && digits.LastIndexOf('.') == dot && digits.Length - dot - 1 == 3;
    }

    /// <summary>Whether a cell prints no figure: empty, or a dash standing for "none".</summary>
    internal static bool IsBlank(string text) => text.AsSpan().Trim() is { IsEmpty: true } or "-" or "–" or "—";

    // Reports end amounts with punctuation typed around them ("3.558.872.538,-,-",
    // "2.059.822.463,00,;", "347.901.600,-,"): it is not part of the number and is dropped, so
    // that a reader of the review sees the figure, not the typing. A malformed digit grouping
    // ("6.9230.000") is still malformed.
    private static ReadOnlySpan<char> WithoutPunctuation(string text)
    {
        var s = text.AsSpan().Trim();
        while (s.Length > 1 && (s[^1] is ';' or ',' or ' ' || (s[^1] == '-' && s[^2] is ',' or ';' or ' ' || (s[^1] == '-' && char.IsAsciiDigit(s[^2])))))
        {
            s = s[..^1];
        }
        return s;
    }

    /// <summary>The number of decimals a value was printed with.</summary>
    internal static int Decimals(decimal printed) => printed.Scale;

    /// <summary>Rounds half away from zero to the printed decimals.</summary>
    internal static decimal AtPrecision(decimal value, int decimals) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Cuts off to the printed decimals (what a truncating spreadsheet prints).</summary>
    internal static decimal Truncated(decimal value, int decimals)
    {
        decimal factor = 1m;
        for (int i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }
        return decimal.Truncate(value * factor) / factor;
    }

    /// <summary>Formats a value at the printed precision, id-ID.</summary>
    internal static string Format(decimal value, int decimals) => NumberPattern.Number.WithDecimalPlaces(decimals).Format(value);

    /// <summary>Finds the band a printed predikat names: its code (<c>AA</c>), its label (<c>Sangat Memuaskan</c>), or both (<c>A (Memuaskan)</c>).</summary>
    internal static PredikatBand? MatchBand(PredikatScale scale, string text)
    {
        string normalized = Normalize(text);
        foreach (var band in scale.Bands)
        {
            string code = Normalize(band.Code);
            string label = Normalize(band.Label);
            if (normalized == code || normalized == label || normalized == $"{code} ({label})" || normalized == $"{code} {label}"
                || normalized == $"{label} ({code})" || normalized == $"{code} - {label}")
            {
                return band;
            }
        }
        return null;
    }

    /// <summary>Reads a printed efficiency verdict, or <see langword="null"/> when the text is none of them.</summary>
    internal static EfficiencyLevel? MatchVerdict(string text) => Normalize(text.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal)) switch
    {
        "efisien" or "ada efisiensi" => EfficiencyLevel.Efisien,
        "cukup efisien" => EfficiencyLevel.CukupEfisien,
        "tidak efisien" or "kurang efisien" or "tidak ada efisiensi" => EfficiencyLevel.TidakEfisien,
        _ => null,
    };

    private static string Normalize(string text)
    {
        string s = string.Join(' ', text.Trim().TrimEnd('.', ',', ';', ':').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
        foreach (string prefix in (ReadOnlySpan<string>)["kategori ", "predikat ", "kriteria ", "tingkat capaian "])
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                s = s[prefix.Length..];
            }
        }
        return s;
    }
}
