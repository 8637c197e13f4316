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
    internal const string None = "–";

    internal static readonly NumberPattern Percent = NumberPattern.Percent;

    // Printed cells mix "111,3%" and "88.25%"; read both, reject malformed text.

    /// <summary>Writes the tables of one unit for one year.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="unitName">The unit's name.</param>
    /// <param name="year">The year measured.</param>
    /// <param name="tables">One table per Renstra covering the year.</param>
    /// <remarks>Writes line by line; a caller that must not leave partial output on failure writes into a buffer first.</remarks>
    /// <param name="review">The review of the report's printed figures: the tables show its verdict on each printed capaian cell, and every finding is listed after them.</param>
    public static void Write(TextWriter output, string unitName, FiscalYear year, IReadOnlyList<CapaianTable> tables, ReviewResult review)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(review);
        output.WriteLine($"# {Escape(unitName)} — pengukuran kinerja tahun {year}");
        foreach (var table in tables)
        {
            output.WriteLine();
            WriteTable(output, table, review);
        }
        output.WriteLine();
        if (review.Results.Budget is { } budget)
        {
            WriteBudget(output, budget);
            output.WriteLine();
            WriteEfficiency(output, review.Results);
        }
        var indices = IndexRows(review.Results).ToArray();
        if (indices.Length > 0)
        {
            output.WriteLine("## IKM dan IPP");
            output.WriteLine();
            WriteRow(output, IndexHeader);
            WriteRow(output, ["---", "---:", "---"]);
            foreach (var cells in indices)
            {
                WriteRow(output, cells);
            }
            output.WriteLine();
        }
        WriteFindings(output, review);
    }

    private static void WriteFindings(TextWriter output, ReviewResult review)
    {
        output.WriteLine($"## Temuan pemeriksaan angka tercetak ({review.Findings.Count})");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{review.CheckedFigures} angka tercetak dibandingkan dengan hitungan, {review.CheckedAggregates} jumlah/rata-rata tercetak diperiksa."));
        output.WriteLine();
        foreach (var finding in review.Findings)
        {
            string places = string.Join("; ", finding.Locations.Select(l => l.ToString()));
            output.WriteLine($"- **{Severity(finding.Severity)}** — {Escape(places)}: {Escape(finding.Explanation)}");
        }
    }

    /// <summary>
    /// Writes one row per report: the unit's mean capaian and its predikat, its serapan, and the
    /// review's findings by severity — the figures a reviewer compares across units.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="reports">The reports and their reviews, in the order given.</param>
    public static void WriteSummary(TextWriter output, IReadOnlyList<(Lkip Report, ReviewResult Review)> reports)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reports);
        output.WriteLine($"# Ringkasan {reports.Count} laporan");
        output.WriteLine();
        WriteRow(output, ["Unit", "Tahun", "Rata-rata capaian", "Predikat", "Serapan anggaran", "Temuan salah", "Tidak konsisten", "Catatan"]);
        WriteRow(output, ["---", "---:", "---:", "---", "---:", "---:", "---:", "---:"]);
        foreach (var (report, review) in reports)
        {
            var (mean, predikat, serapan) = SummaryFigures(review);
            int Count(FindingSeverity severity) => review.Findings.Count(f => f.Severity == severity);
            WriteRow(output, [report.Unit.Name, report.Year.ToString(), mean, predikat, serapan,
                Count(FindingSeverity.Error).ToString(CultureInfo.InvariantCulture),
                Count(FindingSeverity.Warning).ToString(CultureInfo.InvariantCulture),
                Count(FindingSeverity.Notice).ToString(CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>The budget realisation table's header: the amounts and the figures derived from them.</summary>
    internal static readonly string[] BudgetHeader = ["Kode", "Program / kegiatan / sub-kegiatan", "Pagu APBD", "Pagu P-APBD", "Realisasi", "Serapan", "Sisa"];

    /// <summary>
    /// The budget realisation table's rows, lines in tree order (a line with lines below shows
    /// their sums), then the unit's total: pagu murni and perubahan, realisasi, serapan over the
    /// pagu the report's policy uses, and sisa.
    /// </summary>
    internal static IEnumerable<string[]> BudgetRows(BudgetRealisation budget)
    {
        foreach (var row in budget.Rows)
        {
            yield return [row.Code ?? row.Key, string.Concat(Enumerable.Repeat("— ", row.Depth)) + row.Name, .. Amounts(row.Figures)];
        }
        yield return [string.Empty, "Jumlah", .. Amounts(budget.Unit)];
    }

    private static string[] Amounts(BudgetFigures figures) =>
    [
        Amount(figures.PaguMurni), Amount(figures.PaguPerubahan), Amount(figures.Realisasi),
        figures.Serapan.ValueOrNull is decimal serapan ? Percent.Format(serapan) : None, Amount(figures.Sisa),
    ];

    private static string Amount(decimal? amount) => amount is decimal value ? NumberPattern.Number.FormatExact(value) : None;

    /// <summary>The IKM and IPP table's header.</summary>
    internal static readonly string[] IndexHeader = ["Indeks", "Nilai", "Kategori"];

    /// <summary>The unit's IKM (rounded once from the exact fraction) and IPP with their categories, when the report gives their inputs.</summary>
    internal static IEnumerable<string[]> IndexRows(LkipResults results)
    {
        if (results.Ikm is { } ikm)
        {
            yield return [$"IKM ({ikm.Definition.Name})", NumberPattern.Number.Format(ikm.RoundValue(2)), $"{ikm.Mutu.Code} ({ikm.Mutu.Label})"];
        }
        if (results.Ipp is decimal ipp)
        {
            yield return ["IPP", NumberPattern.Number.Format(ipp), results.IppCategory.Band is { } band ? $"{band.Code} ({band.Label})" : None];
        }
    }

    /// <summary>The efficiency table's header.</summary>
    internal static readonly string[] EfficiencyHeader = ["Sasaran", "Capaian kinerja", "Serapan anggaran", "Efisiensi", "Alasan"];

    /// <summary>
    /// One row per sasaran with a budget: its mean capaian (the one its predikat uses), its
    /// serapan and the report's efficiency policy's verdict with the policy's own reason.
    /// </summary>
    internal static IEnumerable<string[]> EfficiencyRows(LkipResults results) =>
        results.Renstra.SelectMany(r => r.Sasaran).Where(s => s.Budget is not null).Select(s => new[]
        {
            $"{s.SasaranCode} {s.Name}",
            s.Capaian.ValueOrNull is decimal capaian ? Percent.Format(capaian) : None,
            s.Budget!.Value.Serapan.ValueOrNull is decimal serapan ? Percent.Format(serapan) : None,
            s.Efficiency.Label,
            s.Efficiency.Explanation,
        });


    private static void WriteEfficiency(TextWriter output, LkipResults results)
    {
        var rows = EfficiencyRows(results).ToArray();
        if (rows.Length == 0)
        {
            return;
        }
        output.WriteLine("## Efisiensi penggunaan sumber daya");
        output.WriteLine();
        output.WriteLine($"- Kebijakan efisiensi laporan: {results.Policies.Efficiency}.");
        output.WriteLine();
        WriteRow(output, EfficiencyHeader);
        WriteRow(output, ["---", "---:", "---:", "---", "---"]);
        foreach (var cells in rows)
        {
            WriteRow(output, cells);
        }
        output.WriteLine();
    }

    private static string PaguText(PaguBasis basis) => basis switch
    {
        PaguBasis.Murni => "APBD",
        PaguBasis.Perubahan => "P-APBD",
        _ => "P-APBD, atau APBD bila tidak ada",
    };

    private static void WriteBudget(TextWriter output, BudgetRealisation budget)
    {
        output.WriteLine("## Realisasi anggaran");
        output.WriteLine();
        output.WriteLine($"- Serapan = realisasi / pagu × 100, atas pagu {PaguText(budget.Basis)}; baris yang memiliki rincian berisi jumlah rinciannya.");
        output.WriteLine();
        WriteRow(output, BudgetHeader);
        WriteRow(output, ["---", "---", "---:", "---:", "---:", "---:", "---:"]);
        foreach (var cells in BudgetRows(budget))
        {
            WriteRow(output, cells);
        }
    }

    /// <summary>A unit's figures for a summary row: its mean capaian, that mean's predikat and its serapan, worded.</summary>
    internal static (string Mean, string Predikat, string Serapan) SummaryFigures(ReviewResult review)
    {
        var measured = review.Results.Renstra.FirstOrDefault(r => r.Sasaran.Count > 0);
        string mean = measured?.UnitCapaian.ValueOrNull is decimal value ? Percent.Format(value) : None;
        string predikat = measured?.UnitPredikat.Band is { } band ? $"{band.Code} ({band.Label})" : None;
        string serapan = review.Results.Budget?.Unit.Serapan.ValueOrNull is decimal absorbed ? Percent.Format(absorbed) : None;
        return (mean, predikat, serapan);
    }

    internal static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "salah",
        FindingSeverity.Warning => "tidak konsisten",
        _ => "catatan",
    };

    private static void WriteTable(TextWriter output, CapaianTable table, ReviewResult review)
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
            cells.Add(Difference(row, review));
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
    internal static string? PrintedCapaian(CapaianRow row) => row.Printed.FirstOrDefault(p => p.Figure.Kind == FigureKind.Capaian)?.Text;

    internal static bool Caps(CapaianPolicy policy) => policy.DefaultBasis == CapaianBasis.Capped;

    internal static string Owner(CapaianRow row) => row.Sasaran is Sasaran s
        ? $"{s.Code} {s.Name}"
        : $"{row.Tujuan.Code} (tujuan) {row.Tujuan.Name}";

    internal static string FormatRaw(CapaianResult result, string noTarget) => result.Status switch
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
    /// The review's verdict on the row's printed capaian cell: <c>sesuai</c> when the review found
    /// nothing there, otherwise what it found. The comparison itself is the library's
    /// (<see cref="LkipReview"/>); this only words it for the table.
    /// </summary>
    internal static string Difference(CapaianRow row, ReviewResult review)
    {
        var cell = row.Printed.FirstOrDefault(p => p.Figure.Kind == FigureKind.Capaian);
        if (cell is null)
        {
            return string.Empty;
        }
        var finding = CellFinding(row, review);
        if (finding is null)
        {
            return DecimalsPrinted(cell.Text) > CapaianResult.DecimalPlaces
                ? string.Create(CultureInfo.InvariantCulture, $"sesuai sampai {CapaianResult.DecimalPlaces} desimal (desimal berikutnya di luar ketelitian hitungan)")
                : "sesuai";
        }
        return finding.Kind switch
        {
            FindingKind.MalformedNumber => finding.Explanation,
            FindingKind.Truncated => $"**beda** (dipotong, bukan dibulatkan): hitungan {finding.Computed}%",
            FindingKind.MissingFigure => $"**beda**: tidak tercetak; hitungan {finding.Computed}%",
            _ => $"**beda**: hitungan {finding.Computed}%" + (finding.AlternativePolicy is { } policy ? $" (tercetak = hasil {policy})" : string.Empty),
        };
    }

    /// <summary>The review's finding on the row's first printed capaian cell, if any.</summary>
    internal static Finding? CellFinding(CapaianRow row, ReviewResult review)
    {
        var cell = row.Printed.FirstOrDefault(p => p.Figure.Kind == FigureKind.Capaian);
        return cell is null ? null : review.Findings.FirstOrDefault(f => f.Figure is { Kind: FigureKind.Capaian } figure
            && figure.Subject == row.Indikator.Code && f.Locations[0] == cell.Location && f.Printed == cell.Text);
    }

    // The digits after the decimal comma of a printed cell, for saying that a check stopped at 16.
    private static int DecimalsPrinted(string text)
    {
        int comma = text.LastIndexOf(',');
        return comma < 0 ? 0 : text[(comma + 1)..].Count(char.IsAsciiDigit);
    }

    internal static string FormatTarget(Target target, string satuan) => target.Kind == TargetKind.Range
        ? WithSatuan($"{FormatNumber(target.Lower)}{None}{FormatNumber(target.Upper)}", satuan)
        : FormatValue(target.Value, satuan);

    internal static string FormatValue(IndicatorValue value, string satuan)
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
