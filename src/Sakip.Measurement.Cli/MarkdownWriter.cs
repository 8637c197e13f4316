using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli;

/// <summary>
/// Writes <see cref="CapaianTable"/>s as Markdown, in Indonesian as the reports are: the
/// performance table of the year with the printed capaian beside the recomputed one, the mean
/// row, and the table against the Renstra's final-year target. Numbers are id-ID.
/// </summary>
internal static class MarkdownWriter
{
    private const string None = "–";

    private static readonly NumberPattern Percent = NumberPattern.Percent;

    // Printed cells mix "111,3%" and "88.25%"; read both, reject malformed text.
    private static readonly NumberPattern PrintedPercent = NumberPattern.Percent.WithDecimalPointAccepted();

    /// <summary>Writes the tables of one unit for one year.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="unitName">The unit's name.</param>
    /// <param name="year">The year measured.</param>
    /// <param name="tables">One table per Renstra covering the year.</param>
    /// <remarks>Writes line by line; a caller that must not leave partial output on failure writes into a buffer first.</remarks>
    public static void Write(TextWriter output, string unitName, FiscalYear year, IReadOnlyList<CapaianTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        output.WriteLine($"# {Escape(unitName)} — pengukuran kinerja tahun {year}");
        foreach (var table in tables)
        {
            output.WriteLine();
            WriteTable(output, table);
        }
    }

    private static void WriteTable(TextWriter output, CapaianTable table)
    {
        bool caps = Caps(table.Policy);
        string cappedHeader = $"Capaian ({table.Policy.Capping.Name.ToLowerInvariant()})";
        var period = table.Renstra.Period;

        output.WriteLine($"## {Escape(table.Renstra.Name)} — periode {period}");
        output.WriteLine();
        output.WriteLine($"- Skala predikat: {table.Scale.Name}");
        output.WriteLine($"- Batas capaian: {table.Policy.Capping.Name}; predikat dan rata-rata dihitung dari capaian " +
            (table.Basis == CapaianBasis.Capped ? "yang dibatasi" : "tanpa batas") + ".");
        output.WriteLine("- Target: yang berlaku pada tahun itu — PK Perubahan; jika tidak ada, PK; jika tidak ada, target Renstra.");
        output.WriteLine();

        output.WriteLine($"### Pengukuran realisasi kinerja tahun {table.Year}");
        output.WriteLine();
        var header = new List<string> { "No", "Sasaran/Tujuan", "Indikator", "Target", "Realisasi", "Capaian" };
        var align = new List<string> { "---:", "---", "---", "---:", "---:", "---:" };
        if (caps)
        {
            header.Add(cappedHeader);
            align.Add("---:");
        }
        header.AddRange(["Predikat", "Capaian tercetak", "Selisih"]);
        align.AddRange(["---", "---:", "---"]);
        WriteRow(output, header);
        WriteRow(output, align);

        int number = 0;
        foreach (var row in table.Rows)
        {
            number++;
            var cells = new List<string>
            {
                number.ToString(CultureInfo.InvariantCulture),
                Owner(row),
                row.Indikator.Name,
                row.Target is Target t ? FormatTarget(t, row.Indikator.Satuan) : None,
                row.Realisasi is IndicatorValue r ? FormatValue(r, row.Indikator.Satuan) : None,
                FormatRaw(row.Capaian, "tanpa target"),
            };
            if (caps)
            {
                cells.Add(row.Capaian.HasValue ? Percent.Format(row.Capaian.Value) : None);
            }
            cells.Add(row.Predikat is PredikatBand band ? $"{band.Code} ({band.Label})" : None);
            cells.Add(PrintedCapaian(row) ?? string.Empty);
            cells.Add(Difference(row, table.Basis));
            WriteRow(output, cells);
        }

        // The mean row: over the sasaran indicators, on the table's basis; the raw mean beside it when capping applies.
        var mean = table.Mean;
        string counted = string.Create(CultureInfo.InvariantCulture, $"{mean.Included} indikator sasaran") +
            (mean.Excluded > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {mean.Excluded} tanpa capaian tidak dihitung") : string.Empty);
        var meanCells = new List<string> { string.Empty, "**Rata-rata capaian**", counted, string.Empty, string.Empty };
        if (caps)
        {
            meanCells.Add(table.RawMean.ValueOrNull is decimal raw ? Percent.Format(raw) : None);
        }
        meanCells.Add(mean.ValueOrNull is decimal value ? $"**{Percent.Format(value)}**" : None);
        meanCells.Add(table.MeanPredikat.Band is { } meanBand ? $"{meanBand.Code} ({meanBand.Label})" : None);
        meanCells.AddRange([string.Empty, string.Empty]);
        WriteRow(output, meanCells);
        output.WriteLine();

        output.WriteLine($"### Capaian terhadap target akhir Renstra ({period.FinalYear})");
        output.WriteLine();
        header = ["No", "Sasaran/Tujuan", "Indikator", $"Target {period.FinalYear}", $"Realisasi {table.Year}", "Capaian"];
        align = ["---:", "---", "---", "---:", "---:", "---:"];
        if (caps)
        {
            header.Add(cappedHeader);
            align.Add("---:");
        }
        WriteRow(output, header);
        WriteRow(output, align);
        number = 0;
        foreach (var row in table.Rows)
        {
            number++;
            var result = row.CapaianAgainstFinalTarget;
            var cells = new List<string>
            {
                number.ToString(CultureInfo.InvariantCulture),
                Owner(row),
                row.Indikator.Name,
                row.FinalTarget is Target t ? FormatTarget(t, row.Indikator.Satuan) : None,
                row.Realisasi is IndicatorValue r ? FormatValue(r, row.Indikator.Satuan) : None,
                FormatRaw(result, "tanpa target akhir"),
            };
            if (caps)
            {
                cells.Add(result.HasValue ? Percent.Format(result.Value) : None);
            }
            WriteRow(output, cells);
        }
    }

    // The first printed occurrence of the row's capaian (the table's own cell, as the data file gives it).
    private static string? PrintedCapaian(CapaianRow row) => row.Printed.FirstOrDefault(p => p.Figure.Kind == FigureKind.Capaian)?.Text;

    private static bool Caps(CapaianPolicy policy) => policy.DefaultBasis == CapaianBasis.Capped;

    private static string Owner(CapaianRow row) => row.Sasaran is Sasaran s
        ? $"{s.Code} {s.Name}"
        : $"{row.Tujuan.Code} (tujuan) {row.Tujuan.Name}";

    private static string FormatRaw(CapaianResult result, string noTarget) => result.Status switch
    {
        CapaianStatus.Computed => Percent.Format(result.Raw),
        CapaianStatus.NoTarget => $"{None} ({noTarget})",
        CapaianStatus.NoRealisasi => $"{None} (belum ada realisasi)",
        CapaianStatus.ZeroTarget => $"{None} (target 0)",
        CapaianStatus.ZeroRealisasi => $"{None} (realisasi 0)",
        CapaianStatus.NotComparable => $"{None} (tidak sebanding)",
        CapaianStatus.OutOfRange => $"{None} (di luar jangkauan angka)",
        _ => None,
    };

    /// <summary>
    /// Compares the printed capaian with the recomputed one (on the table's basis) rounded half
    /// away from zero to the number of decimals printed. The recomputed value is exact only to
    /// <see cref="CapaianResult.DecimalPlaces"/>; a cell printed with more decimals is checked to
    /// that many and said so, never rounded or formatted beyond them.
    /// </summary>
    private static string Difference(CapaianRow row, CapaianBasis basis)
    {
        string? text = PrintedCapaian(row);
        if (text is null)
        {
            return string.Empty;
        }
        if (IsAmbiguousDot(text))
        {
            return $"ambigu: titik pada '{text.Trim()}' bisa pemisah ribuan atau desimal";
        }
        var parsed = PrintedPercent.Parse(text);
        if (!parsed.Success)
        {
            return $"tidak terbaca: {parsed.Error}";
        }
        if (!row.Capaian.HasValue)
        {
            return $"**beda**: tidak ada capaian hitungan ({row.Capaian.Status})";
        }
        decimal printed = parsed.Value;
        decimal recomputed = basis == CapaianBasis.Raw ? row.Capaian.Raw : row.Capaian.Value;
        bool beyondPrecision = printed.Scale > CapaianResult.DecimalPlaces;
        if (Matches(recomputed, printed))
        {
            return beyondPrecision
                ? string.Create(CultureInfo.InvariantCulture,
                    $"sesuai sampai {CapaianResult.DecimalPlaces} desimal (desimal berikutnya di luar ketelitian hitungan)")
                : "sesuai";
        }
        var pattern = Percent.WithDecimalPlaces(Math.Min((int)printed.Scale, CapaianResult.DecimalPlaces));
        string note = basis == CapaianBasis.Capped && row.Capaian.WasCapped && Matches(row.Capaian.Raw, printed)
            ? " (tercetak = capaian sebelum dibatasi)"
            : string.Empty;
        return $"**beda**: hitungan {pattern.Format(recomputed)}{note}";
    }

    /// <summary>
    /// Whether <paramref name="printed"/> can be the exact capaian rounded to its own decimals,
    /// given <paramref name="recomputed"/>, the exact capaian rounded to
    /// <see cref="CapaianResult.DecimalPlaces"/>. Up to that many decimals this is a plain
    /// comparison after rounding; beyond it both roundings leave an uncertainty, and only a
    /// difference larger than their two half units proves the printed figure wrong.
    /// </summary>
    private static bool Matches(decimal recomputed, decimal printed)
    {
        int decimals = printed.Scale;
        if (decimals <= CapaianResult.DecimalPlaces)
        {
            return decimal.Round(recomputed, decimals, MidpointRounding.AwayFromZero) == printed;
        }
        decimal tolerance = HalfUnit(CapaianResult.DecimalPlaces) + HalfUnit(decimals);
        return Math.Abs(recomputed - printed) <= tolerance;
    }

    // Half a unit in the last of `decimals` places (0,5 × 10^-decimals); decimal's 28 places
    // cannot hold it for 28 decimals, where a whole unit is the nearest safe bound.
    private static decimal HalfUnit(int decimals) => decimals < 28
        ? new decimal(5, 0, 0, false, (byte)(decimals + 1))
        : new decimal(1, 0, 0, false, 28);

    // "88.250%": one dot followed by exactly three digits and no comma reads as a thousands group
    // (88 250 %) under id-ID rules, but is probably a decimal point; neither reading is safe.
    private static bool IsAmbiguousDot(string text)
    {
        string digits = text.Trim().TrimEnd('%').Trim();
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !digits.Contains(',', StringComparison.Ordinal) && digits.LastIndexOf('.') == dot && digits.Length - dot - 1 == 3;
    }

    private static string FormatTarget(Target target, string satuan) => target.Kind == TargetKind.Range
        ? WithSatuan($"{FormatNumber(target.Lower)}{None}{FormatNumber(target.Upper)}", satuan)
        : FormatValue(target.Value, satuan);

    private static string FormatValue(IndicatorValue value, string satuan)
    {
        if (value.IsNumeric)
        {
            return WithSatuan(FormatNumber(value.Number), satuan);
        }
        return value.Score is decimal score ? $"{value.Grade.Code} ({FormatNumber(score)})" : value.Grade.Code;
    }

    private static string WithSatuan(string number, string satuan) =>
        satuan == "%" ? number + "%" : $"{number} {satuan}";

    // As many decimals as the value was given with (85,23 stays 85,23; 100 stays 100), at most four.
    private static string FormatNumber(decimal value) =>
        NumberPattern.Number.WithDecimalPlaces(Math.Min((int)value.Scale, 4)).Format(value);

    private static void WriteRow(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select(Escape)) + " |");

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
