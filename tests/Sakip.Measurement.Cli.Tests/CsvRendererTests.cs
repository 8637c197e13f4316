using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Sakip.Measurement.Cli.Rendering;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The CSV: one line per cell, RFC 4180, read back by a strict reader.</summary>
public sealed class CsvRendererTests
{
    // A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
    private static List<string[]> Read(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (!(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')))
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }
                i++;
            }
            else if (csv[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r')
            {
                Assert.Equal('\n', csv[i + 1]);
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', csv[i]);
                field.Append(csv[i]);
                i++;
            }
        }
        Assert.Empty(fields);
        return records;
    }

    [Fact]
    public void Write_EveryRecord_HasTheNineColumnsOfTheHeader()
    {
        var records = Read(Reports.Render(CsvRenderer.Write, Reports.Document(Reports.All)));
        Assert.Equal(["unit", "tahun", "bagian", "judul", "baris", "kolom", "teks", "nilai", "temuan"], records[0]);
        Assert.All(records, r => Assert.Equal(9, r.Length));
        Assert.Contains(records, r => r[2] == "ringkasan");
    }

    [Fact]
    public void Write_Mayang_GivesEachCellsTextAndExactValue()
    {
        var records = Read(Reports.Render(CsvRenderer.Write, Reports.Document("mayang-2023")));
        var iku3 = records.Where(r => r[2] == "capaian" && r[5] == "Indikator" && r[6].StartsWith("IKU-3", StringComparison.Ordinal)).Single();
        var capaian = records.Single(r => r[2] == "capaian" && r[4] == iku3[4] && r[5] == "Capaian");
        Assert.Equal(["111,25%", "111.25"], capaian[6..8]);
        // A name with commas survives quoting.
        Assert.Contains(records, r => r[6] == "T1 (tujuan) Meningkatnya kualitas pengelolaan keuangan dan aset daerah yang profesional, efektif, dan efisien.");
    }

    [Fact]
    public void Write_Mayang_ListsEveryFindingFieldByField()
    {
        var document = Reports.Document("mayang-2023");
        var records = Read(Reports.Render(CsvRenderer.Write, document));
        var findings = records.Where(r => r[2] == "temuan").ToArray();
        Assert.Equal(document.Units[0].Findings.Count * 9, findings.Length);
        var first = findings.Where(r => r[4] == "1").ToDictionary(r => r[5], r => r[6]);
        Assert.Equal("111,3%", first["tercetak"]);
        Assert.Equal("salah", first["tingkat"]);
        // A cell's findings are their numbers, which lead to these records.
        var marked = records.Single(r => r[2] == "capaian" && r[6] == "111,3%");
        Assert.Equal("1", marked[8]);
        Assert.All(records.Skip(1).Where(r => r[8].Length > 0).SelectMany(r => r[8].Split(' ')),
            n => Assert.InRange(int.Parse(n, CultureInfo.InvariantCulture), 1, document.Units[0].Findings.Count));
    }
}
