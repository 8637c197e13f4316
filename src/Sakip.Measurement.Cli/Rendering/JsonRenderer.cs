using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out as JSON for other programs: per report its sections
/// (kind, heading, notes, columns, rows of cells with the text as shown, the exact value of a
/// number and the numbers of its findings) and every finding with all its fields; the summary
/// for several. Written with <see cref="Utf8JsonWriter"/>, no reflection; layout only.
/// </summary>
internal static class JsonRenderer
{
    public static void Write(TextWriter output, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            json.WriteStartArray("reports");
            foreach (var unit in document.Units)
            {
                WriteUnit(json, unit);
            }
            json.WriteEndArray();
            if (document.Summary is { } summary)
            {
                json.WritePropertyName("summary");
                WriteTable(json, summary);
            }
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static void WriteUnit(Utf8JsonWriter json, UnitDocument unit)
    {
        json.WriteStartObject();
        json.WriteString("id", unit.Id);
        json.WriteString("unit", unit.Unit);
        json.WriteNumber("year", unit.Year.Year);
        json.WriteStartArray("sections");
        foreach (var section in unit.Sections)
        {
            json.WriteStartObject();
            json.WriteString("id", section.Id);
            json.WriteString("kind", section.Kind);
            json.WriteString("heading", section.Heading);
            WriteStrings(json, "notes", section.Notes);
            if (section.Table is { } table)
            {
                json.WritePropertyName("table");
                WriteTable(json, table);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (unit.Checked is { } checkedText)
        {
            json.WriteString("checked", checkedText);
        }
        json.WriteStartArray("findings");
        foreach (var entry in unit.Findings)
        {
            var finding = entry.Finding;
            json.WriteStartObject();
            json.WriteNumber("number", entry.Number);
            json.WriteString("id", entry.Id);
            json.WriteString("severity", finding.Severity.ToString());
            json.WriteString("kind", finding.Kind.ToString());
            if (finding.Figure is { } figure)
            {
                json.WriteStartObject("figure");
                json.WriteString("kind", figure.Kind.ToString());
                json.WriteString("subject", figure.Subject);
                if (figure.Year is { } year)
                {
                    json.WriteNumber("year", year.Year);
                }
                json.WriteEndObject();
            }
            json.WriteStartArray("locations");
            foreach (var location in finding.Locations)
            {
                json.WriteStartObject();
                WriteOptional(json, "table", location.Table);
                WriteOptional(json, "row", location.Row);
                WriteOptional(json, "paragraph", location.Paragraph);
                if (location.Line is int line)
                {
                    json.WriteNumber("line", line);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("printed", finding.Printed);
            WriteOptional(json, "computed", finding.Computed);
            json.WriteString("rule", finding.Rule);
            WriteOptional(json, "alternativePolicy", finding.AlternativePolicy);
            WriteOptional(json, "alternativePolicyEnglish", finding.AlternativePolicyEnglish);
            json.WriteString("explanation", finding.Explanation);
            json.WriteString("explanationEnglish", finding.ExplanationEnglish);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, ReportTable table)
    {
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("header", column.Header);
            json.WriteBoolean("numeric", column.Numeric);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            if (row.IsTotal)
            {
                json.WriteBoolean("total", true);
            }
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                json.WriteStartObject();
                json.WriteString("text", cell.Text);
                if (cell.Value is decimal value)
                {
                    json.WriteNumber("value", CellText.Normal(value));
                }
                if (cell.FindingsOrEmpty.Count > 0)
                {
                    json.WriteStartArray("findings");
                    foreach (var entry in cell.FindingsOrEmpty)
                    {
                        json.WriteNumberValue(entry.Number);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
