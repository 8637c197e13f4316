using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Text;

namespace Sakip.Measurement.Cli;

/// <summary>
/// Writes the IKM of a survey export as Markdown: per layanan and combined (value at two
/// decimals, rounded once from the exact fraction, and mutu), every unsur weakest first, the
/// respondents' profile and the rows left out. Formatting only: the figures are the library's.
/// </summary>
internal static class IkmWriter
{
    private static readonly NumberPattern Two = NumberPattern.Number;
    private static readonly NumberPattern Percent = NumberPattern.Percent.WithDecimalPlaces(1);

    public static void Write(TextWriter output, string source, IkmCsvResult survey)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(survey);
        output.WriteLine($"# Indeks Kepuasan Masyarakat — {source}");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- Kuesioner: {survey.Definition.Name}; baris dibaca {survey.RowsRead}, diterima {survey.RowsAccepted}, ditolak {survey.RowsRejected}."));
        output.WriteLine("- IKM = Σ (NRR unsur × bobot) × 25, dihitung sebagai pecahan eksak dan dibulatkan sekali ke dua desimal.");
        output.WriteLine();

        output.WriteLine("## IKM per layanan");
        output.WriteLine();
        Row(output, ["Layanan", "Responden", "IKM", "Mutu pelayanan"]);
        Row(output, ["---", "---:", "---:", "---"]);
        foreach (var layanan in survey.ByLayanan)
        {
            Row(output, Ikm(layanan.Layanan, layanan.Counts));
        }
        if (survey.Combined.Respondents > 0)
        {
            Row(output, Ikm("**Gabungan**", survey.Combined));
            output.WriteLine();
            var combined = IkmCalculator.Calculate(survey.Combined);
            output.WriteLine("## Unsur pelayanan (gabungan), terlemah dulu");
            output.WriteLine();
            Row(output, ["Unsur", "NRR", "Nilai (× 25)", "Mutu"]);
            Row(output, ["---", "---:", "---:", "---"]);
            foreach (var element in combined.WeakestFirst)
            {
                Row(output, [$"{element.Element.Code} {element.Element.Name}", Two.WithDecimalPlaces(3).Format(element.Nrr), Two.Format(element.Converted),
                    $"{element.Mutu.Code} ({element.Mutu.Label})"]);
            }
        }
        output.WriteLine();

        output.WriteLine("## Profil responden");
        foreach (var (title, entries) in (IEnumerable<(string, IReadOnlyList<RespondentProfileEntry>)>)[
            ("Jenis kelamin", survey.Profile.Gender.ToArray()), ("Usia", survey.Profile.Age.ToArray()),
            ("Pendidikan", survey.Profile.Education.ToArray()), ("Pekerjaan", survey.Profile.Occupation.ToArray())])
        {
            output.WriteLine();
            Row(output, [title, "Responden", "%"]);
            Row(output, ["---", "---:", "---:"]);
            foreach (var entry in entries)
            {
                Row(output, [entry.Value, entry.Count.ToString(CultureInfo.InvariantCulture), Percent.Format(entry.Percent)]);
            }
        }

        if (survey.ErrorCount > 0 || !survey.HeaderWarnings.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Baris yang ditolak ({survey.ErrorCount})"));
            output.WriteLine();
            foreach (var problem in survey.HeaderWarnings.Concat(survey.Errors))
            {
                output.WriteLine($"- {problem}");
            }
        }
    }

    private static string[] Ikm(string name, IkmCounts counts)
    {
        var result = IkmCalculator.Calculate(counts);
        return [name, counts.Respondents.ToString(CultureInfo.InvariantCulture), Two.Format(result.RoundValue(2)), $"{result.Mutu.Code} ({result.Mutu.Label})"];
    }

    private static void Row(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
}
