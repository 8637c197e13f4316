using System;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// The words and id-ID numbers of the tool's cells, in one place: targets and values as the
/// report writes them, percentages, rupiah, predikat, statuses. Wording only; every figure comes
/// from the library.
/// </summary>
internal static class CellText
{
    /// <summary>The mark of an empty figure.</summary>
    public const string None = "–";

    /// <summary>The value with no trailing zeros (<c>111.2500000000000000</c> → <c>111.25</c>): the same number, written shortest for CSV and JSON.</summary>
    public static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A percentage at two decimals, half away from zero (<c>94,89%</c>).</summary>
    public static string Percent(decimal value) => NumberPattern.Percent.Format(value);

    /// <summary>A percentage cell: the text and the exact value, or the empty mark.</summary>
    public static ReportCell PercentCell(decimal? value) => value is decimal v ? new ReportCell(Percent(v), v) : None;

    /// <summary>An amount of rupiah in full, with its decimals only when it has any (<c>3.067.535.140</c>).</summary>
    public static ReportCell Amount(decimal? amount) =>
        amount is decimal value ? new ReportCell(NumberPattern.Number.FormatExact(value), value) : None;

    /// <summary>A count.</summary>
    public static ReportCell Count(int count) => new(count.ToString(CultureInfo.InvariantCulture), count);

    /// <summary>A predikat as the reports write it: <c>AA (Sangat Memuaskan)</c>.</summary>
    public static string Predikat(PredikatBand? band) => band is { } b ? $"{b.Code} ({b.Label})" : None;

    /// <summary>A predikat grade, with the reason when there is none.</summary>
    public static string Predikat(PredikatGrade grade) => grade.Band is { } band ? Predikat(band) : grade.Status switch
    {
        PredikatGradeStatus.InGap => $"{None} (di celah skala)",
        PredikatGradeStatus.BelowScale or PredikatGradeStatus.AboveScale => $"{None} (di luar skala)",
        _ => None,
    };

    /// <summary>A target as the report writes it: a value with its satuan, or a range <c>2–4%</c>.</summary>
    public static string Target(Target? target, string satuan) => target switch
    {
        null => None,
        { Kind: TargetKind.Range } t => WithSatuan($"{Number(t.Lower)}{None}{Number(t.Upper)}", satuan),
        { } t => Value(t.Value, satuan),
    };

    /// <summary>A value as the report writes it: a number with its satuan, or a grade with its score <c>B (67)</c>.</summary>
    public static string Value(IndicatorValue? value, string satuan)
    {
        if (value is not { } v)
        {
            return None;
        }
        if (v.IsNumeric)
        {
            return WithSatuan(Number(v.Number), satuan);
        }
        return v.Score is decimal score ? $"{v.Grade.Code} ({Number(score)})" : v.Grade.Code;
    }

    /// <summary>A value's number for CSV and JSON: the number, the grade's score, or nothing.</summary>
    public static decimal? Numeric(IndicatorValue? value) => value is { } v ? v.IsNumeric ? v.Number : v.Score : null;

    /// <summary>The raw capaian, or why there is none.</summary>
    public static ReportCell Raw(CapaianResult result, string noTarget) => result.Status switch
    {
        CapaianStatus.Computed => new ReportCell(Percent(result.Raw), result.Raw),
        _ => Status(result.Status, noTarget),
    };

    /// <summary>The capaian on the given basis, or why there is none.</summary>
    public static ReportCell OnBasis(CapaianResult result, CapaianBasis basis, string noTarget)
    {
        if (!result.HasValue)
        {
            return Status(result.Status, noTarget);
        }
        decimal value = basis == CapaianBasis.Raw ? result.Raw : result.Value;
        return new ReportCell(Percent(value), value);
    }

    private static string Status(CapaianStatus status, string noTarget) => status switch
    {
        CapaianStatus.NoTarget => $"{None} ({noTarget})",
        CapaianStatus.NoRealisasi => $"{None} (belum ada realisasi)",
        CapaianStatus.ZeroTarget => $"{None} (target 0)",
        CapaianStatus.ZeroRealisasi => $"{None} (realisasi 0)",
        CapaianStatus.NotComparable => $"{None} (tidak sebanding)",
        CapaianStatus.OutOfRange => $"{None} (di luar jangkauan angka)",
        _ => None,
    };

    /// <summary>The direction of a trend: naik, turun, stagnan.</summary>
    public static string Trend(Trend trend) => trend switch
    {
        Calculation.Trend.Up => "naik",
        Calculation.Trend.Down => "turun",
        _ => "stagnan",
    };

    /// <summary>A finding's severity, in the words of a review: salah, tidak konsisten, catatan.</summary>
    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "salah",
        FindingSeverity.Warning => "tidak konsisten",
        _ => "catatan",
    };

    /// <summary>The pagu the serapan is taken over, in the report's words.</summary>
    public static string Pagu(PaguBasis basis) => basis switch
    {
        PaguBasis.Murni => "APBD",
        PaguBasis.Perubahan => "P-APBD",
        _ => "P-APBD, atau APBD bila tidak ada",
    };

    /// <summary>Where a finding is: every place, joined.</summary>
    public static string Places(Finding finding) => string.Join("; ", finding.Locations.Select(l => l.ToString()));

    /// <summary>The digits after the decimal comma of a printed cell, to say where a check stopped.</summary>
    public static int DecimalsPrinted(string text)
    {
        int comma = text.LastIndexOf(',');
        return comma < 0 ? 0 : text[(comma + 1)..].Count(char.IsAsciiDigit);
    }

    private static string WithSatuan(string number, string satuan) =>
        satuan == "%" ? number + "%" : $"{number} {satuan}";

    // As many decimals as the value was given with (85,23 stays 85,23; 100 stays 100), at most four.
    private static string Number(decimal value) =>
        NumberPattern.Number.WithDecimalPlaces(Math.Min((int)value.Scale, 4)).Format(value);
}
