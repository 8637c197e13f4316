using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;

namespace Sakip.Measurement.Ikm;

/// <summary>
/// Reads raw IKM survey answers from CSV, one row per respondent, as a stream: after the header line,
/// the input is read in blocks of 64 K characters into one reusable buffer and never held whole, and
/// nothing is allocated per row or per cell, so the memory taken does not grow with the number of
/// rows. It grows
/// with the number of distinct services (layanan), each tallied separately, up to
/// <see cref="IkmCsvOptions.MaxServices"/>, and with the distinct values of the other respondent
/// columns, which the profile counts.
/// </summary>
/// <remarks>
/// <para><b>Header.</b> The first non-blank line names the columns, matched case-insensitively: one
/// column per element, named by its code (<c>U1</c> … <c>U9</c>, see <see cref="IkmDefinition.IndexOf"/>);
/// optionally the respondent columns <c>layanan</c>/<c>jenis layanan</c>/<c>service</c>,
/// <c>jenis kelamin</c>/<c>gender</c>, <c>umur</c>/<c>usia</c>/<c>age</c>,
/// <c>pendidikan</c>/<c>pendidikan terakhir</c>/<c>education</c> and <c>pekerjaan</c>/<c>occupation</c>
/// (an underscore counts as a space). Other columns, blank headers and repeated respondent columns are
/// ignored and reported once each in <see cref="IkmCsvResult.HeaderWarnings"/>. A missing or repeated
/// element column makes the whole input unusable.</para>
/// <para><b>Cells.</b> RFC 4180: cells separated by <c>,</c> or <c>;</c> (detected from the header or
/// given in <see cref="IkmCsvOptions.Delimiter"/>), optionally in quotation marks (<c>"</c>), with <c>""</c> for a quote
/// and line breaks allowed inside quotes. An answer is a whole number 1–4, surrounding white space
/// ignored; a blank cell is an unanswered question (<see cref="SurveyTally.Unanswered"/>).</para>
/// <para><b>Rows.</b> A row with a bad cell (not a whole number, outside 1–4, an unclosed quote, longer
/// than 1024 characters) or with fewer or more non-blank cells than the header is left out whole;
/// each problem is listed in <see cref="IkmCsvResult.Errors"/> with its line, column and text, and the
/// rest of the input is still read. Blank lines and rows of blank cells are skipped.</para>
/// <para><b>Services.</b> At most <see cref="IkmCsvOptions.MaxServices"/> distinct services are tallied;
/// once that many have been seen, a valid row naming another service is left out and listed in
/// <see cref="IkmCsvResult.Errors"/> under the layanan column with the service's text and the limit.
/// Such rows are counted in neither the tallies nor the profile.</para>
/// </remarks>
public static class IkmCsvReader
{
    private const int Ignored = -1;
    private const int Extra = int.MinValue;

    private static readonly Dictionary<string, RespondentCharacteristic> CharacteristicByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["layanan"] = RespondentCharacteristic.Layanan,
        ["jenis layanan"] = RespondentCharacteristic.Layanan,
        ["service"] = RespondentCharacteristic.Layanan,
        ["jenis kelamin"] = RespondentCharacteristic.Gender,
        ["gender"] = RespondentCharacteristic.Gender,
        ["umur"] = RespondentCharacteristic.Age,
        ["usia"] = RespondentCharacteristic.Age,
        ["age"] = RespondentCharacteristic.Age,
        ["pendidikan"] = RespondentCharacteristic.Education,
        ["pendidikan terakhir"] = RespondentCharacteristic.Education,
        ["education"] = RespondentCharacteristic.Education,
        ["pekerjaan"] = RespondentCharacteristic.Occupation,
        ["occupation"] = RespondentCharacteristic.Occupation,
    };

    /// <summary>Reads survey answers from CSV.</summary>
    /// <param name="reader">The input, read to its end (the header with <see cref="TextReader.ReadLine"/>, the rest in blocks); the caller disposes it.</param>
    /// <param name="definition">The questionnaire whose element codes head the answer columns.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="IkmCsvOptions.Default"/>.</param>
    /// <returns>The tallies, row counts, errors and respondent profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="definition"/> is null.</exception>
    /// <exception cref="SakipDataException">The input has no header line, or the header lacks an element's column
    /// or has two for one element; <see cref="SakipDataException.FieldPath"/> names the element
    /// (<c>Survey.Csv.Header.U3</c>).</exception>
    /// <exception cref="IOException">The reader fails.</exception>
    public static IkmCsvResult Read(TextReader reader, IkmDefinition definition, IkmCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(definition);
        options ??= IkmCsvOptions.Default;

        long headerLine = 0;
        string? first;
        do
        {
            first = reader.ReadLine() ?? throw new SakipDataException("Survey.Csv.Header", null, "the input is empty: there is no header line");
            headerLine++;
            if (headerLine == 1 && first.StartsWith('\uFEFF'))
            {
                first = first[1..];
            }
        }
        while (string.IsNullOrWhiteSpace(first));

        char delimiter = options.Delimiter ??
            (CsvTokenizer.CountOutsideQuotes(first, ';') > CsvTokenizer.CountOutsideQuotes(first, ',') ? ';' : ',');
        var tokenizer = new CsvTokenizer(reader, delimiter, first, headerLine);
        var profile = new RespondentProfileBuilder(options.AgeBands);
        var warnings = ImmutableArray.CreateBuilder<SurveyRowError>();
        var (columns, kinds) = ReadHeader(tokenizer, definition, profile, warnings);

        var errors = new ErrorLog(options.MaxErrors);
        var answers = new int[definition.ElementCount];
        bool byLayanan = profile.Tracks(RespondentCharacteristic.Layanan);
        int layananColumn = Array.IndexOf(kinds, KindOf(RespondentCharacteristic.Layanan));
        // Accepted rows are kept as bytes and tallied in batches (SurveyTally.AddRespondents); a
        // tally does not depend on the order of its respondents, so the result is that of adding
        // them one by one. With a layanan column each row is tallied once, in its service's tally,
        // and the combination is the services' tallies added up: the same counts, exactly.
        // (With a layanan column the combination's buffer never takes a row, so it holds none.)
        var combined = new RespondentBuffer(new SurveyTally(definition), byLayanan ? 0 : RespondentBuffer.CombinedRows);
        var tallies = new List<RespondentBuffer>();
        long rowsRead = 0;
        long rowsAccepted = 0;
        while (tokenizer.NextRecord())
        {
            Array.Clear(answers);
            profile.ClearRow();
            long errorsBefore = errors.Count;
            bool blankRow = true;
            int cell = 0;
            while (tokenizer.NextCell(out var value, out var status))
            {
                int kind = cell < kinds.Length ? kinds[cell] : Extra;
                if (kind >= 0 && status == CsvCellStatus.Complete && value.Length == 1 && unchecked((uint)(value[0] - '1')) < IkmDefinition.MaxAnswer)
                {
                    // The common cell, an answer 1–4, without the general checks below.
                    answers[kind] = value[0] - '0';
                    blankRow = false;
                    cell++;
                    continue;
                }
                bool blank = status == CsvCellStatus.Complete && value.IsWhiteSpace();
                blankRow &= blank;
                if (status == CsvCellStatus.Unterminated)
                {
                    errors.Add(tokenizer.RecordLine, ColumnName(columns, cell), value, "the quoted cell is not closed before the end of the input");
                }
                else if (kind == Extra)
                {
                    if (!blank)
                    {
                        errors.Add(tokenizer.RecordLine, ColumnName(columns, cell), value,
                            string.Create(CultureInfo.InvariantCulture, $"the row has more cells than the header's {columns.Length}"));
                    }
                }
                else if (kind == Ignored)
                {
                    // Reported once in the header warnings.
                }
                else if (status == CsvCellStatus.TooLong)
                {
                    errors.Add(tokenizer.RecordLine, columns[cell], value,
                        string.Create(CultureInfo.InvariantCulture, $"the cell is longer than {CsvTokenizer.MaxCellLength} characters"));
                }
                else if (kind >= 0)
                {
                    if (!blank)
                    {
                        ReadAnswer(value, kind, answers, errors, tokenizer.RecordLine, columns[cell]);
                    }
                }
                else
                {
                    profile.SetRowValue(CharacteristicOf(kind), value);
                }
                cell++;
            }
            if (blankRow)
            {
                continue;
            }
            rowsRead++;
            if (cell < columns.Length)
            {
                errors.Add(tokenizer.RecordLine, columns[cell], ReadOnlySpan<char>.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {cell} cells but the header has {columns.Length}"));
            }
            if (errors.Count == errorsBefore && AllUnanswered(answers))
            {
                errors.Add(tokenizer.RecordLine, string.Empty, ReadOnlySpan<char>.Empty,
                    "the row answers no element, so it is not a respondent");
            }
            if (errors.Count != errorsBefore)
            {
                continue;
            }
            if (byLayanan && tallies.Count == options.MaxServices && profile.RowHasNewLayanan())
            {
                // A further service would take another tally: the row is left out, not the limit raised.
                errors.Add(tokenizer.RecordLine, columns[layananColumn], profile.RowLayanan,
                    string.Create(CultureInfo.InvariantCulture,
                        $"the service is not one of the first {options.MaxServices} services, the most that are tallied (IkmCsvOptions.MaxServices); the row is left out"));
                continue;
            }
            int layanan = profile.AddRow();
            if (byLayanan)
            {
                if (layanan == tallies.Count)
                {
                    tallies.Add(new RespondentBuffer(new SurveyTally(definition), RespondentBuffer.ServiceRows));
                }
                tallies[layanan].Add(answers);
            }
            else
            {
                combined.Add(answers);
            }
            rowsAccepted++;
        }

        var parts = ImmutableArray.CreateBuilder<IkmLayananCounts>(tallies.Count);
        var all = combined.Flush();
        for (int i = 0; i < tallies.Count; i++)
        {
            var service = tallies[i].Flush();
            all.Add(service);
            parts.Add(new IkmLayananCounts(profile.LayananAt(i), service.ToCounts()));
        }
        return new IkmCsvResult(definition, delimiter, new EquatableArray<IkmLayananCounts>(parts.MoveToImmutable()), all.ToCounts(),
            rowsRead, rowsAccepted, errors.ToArray(), errors.Count, new EquatableArray<SurveyRowError>(warnings.ToImmutable()), profile.Build(rowsAccepted));
    }

    private static (string[] Columns, int[] Kinds) ReadHeader(CsvTokenizer tokenizer, IkmDefinition definition, RespondentProfileBuilder profile,
        ImmutableArray<SurveyRowError>.Builder warnings)
    {
        tokenizer.NextRecord();
        long line = tokenizer.RecordLine;
        var columns = new List<string>();
        var kinds = new List<int>();
        var elementColumns = new int[definition.ElementCount];
        Array.Fill(elementColumns, -1);
        while (tokenizer.NextCell(out var value, out var status))
        {
            int cell = columns.Count;
            string text = value.Trim().ToString();
            string name = text.Length == 0 ? ColumnName([], cell) : text;
            if (status == CsvCellStatus.Unterminated)
            {
                throw new SakipDataException("Survey.Csv.Header", text, "a quoted header cell is not closed before the end of the input");
            }
            int kind = Ignored;
            int element = definition.IndexOf(text); // −1 for a blank header too: no code is blank
            if (element >= 0)
            {
                if (elementColumns[element] >= 0)
                {
                    throw new SakipDataException($"Survey.Csv.Header.{definition.Elements[element].Code}", text,
                        string.Create(CultureInfo.InvariantCulture, $"the element has two columns ({elementColumns[element] + 1} and {cell + 1}) on line {line}"));
                }
                elementColumns[element] = cell;
                kind = element;
            }
            else if (text.Length == 0)
            {
                warnings.Add(new SurveyRowError(line, name, text, "the column has no header; ignored"));
            }
            else if (CharacteristicByHeader.TryGetValue(NormaliseHeader(text), out var characteristic))
            {
                if (profile.Tracks(characteristic))
                {
                    warnings.Add(new SurveyRowError(line, name, text,
                        string.Create(CultureInfo.InvariantCulture, $"a second {characteristic} column; ignored")));
                }
                else
                {
                    profile.Track(characteristic);
                    kind = KindOf(characteristic);
                }
            }
            else
            {
                warnings.Add(new SurveyRowError(line, name, text, "unknown column; ignored"));
            }
            columns.Add(name);
            kinds.Add(kind);
        }
        CheckAllElements(definition, elementColumns, line);
        return (columns.ToArray(), kinds.ToArray());
    }

    private static void CheckAllElements(IkmDefinition definition, int[] elementColumns, long line)
    {
        var missing = new List<string>();
        for (int i = 0; i < elementColumns.Length; i++)
        {
            if (elementColumns[i] < 0)
            {
                missing.Add(definition.Elements[i].Code);
            }
        }
        if (missing.Count > 0)
        {
            var element = definition.Elements[definition.IndexOf(missing[0])];
            throw new SakipDataException($"Survey.Csv.Header.{element.Code}", null,
                string.Create(CultureInfo.InvariantCulture,
                    $"the header on line {line} has no column for element {element.Code} '{element.Name}' of '{definition.Name}' (missing: {string.Join(", ", missing)})"));
        }
    }

    // A column's kind: an element's index (0 or more), Ignored (−1), Extra, or −2 − the respondent characteristic it holds.
    private static int KindOf(RespondentCharacteristic characteristic) => -2 - (int)characteristic;

    private static RespondentCharacteristic CharacteristicOf(int kind) => (RespondentCharacteristic)(-2 - kind);

    private static string NormaliseHeader(string header) =>
        string.Join(' ', header.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string ColumnName(string[] columns, int cell) =>
        cell < columns.Length ? columns[cell] : string.Create(CultureInfo.InvariantCulture, $"(column {cell + 1})");

    private static void ReadAnswer(ReadOnlySpan<char> value, int element, int[] answers, ErrorLog errors, long line, string column)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out int answer))
        {
            errors.Add(line, column, value, "the answer is not a whole number 1–4");
        }
        else if (answer < IkmDefinition.MinAnswer || answer > IkmDefinition.MaxAnswer)
        {
            errors.Add(line, column, value, "the answer must be 1–4 (a blank cell is an unanswered question)");
        }
        else
        {
            answers[element] = answer;
        }
    }

    /// <summary>
    /// Accepted rows of one tally, one byte per answer, handed to <see cref="SurveyTally.AddRespondents"/>
    /// a buffer at a time. The reader has checked every answer (0–4), so adding cannot fail.
    /// </summary>
    /// <param name="tally">The tally the rows go to.</param>
    /// <param name="rows">The rows buffered: many for the combination (each call has a fixed cost), few per service (there may be a thousand).</param>
    private sealed class RespondentBuffer(SurveyTally tally, int rows)
    {
        internal const int CombinedRows = 8192;
        internal const int ServiceRows = 256;

        private readonly byte[] pending = new byte[rows * tally.Definition.ElementCount];
        private int used;

        internal void Add(ReadOnlySpan<int> answers)
        {
            for (int e = 0; e < answers.Length; e++)
            {
                pending[used + e] = (byte)answers[e];
            }
            used += answers.Length;
            if (used == pending.Length)
            {
                Flush();
            }
        }

        internal SurveyTally Flush()
        {
            tally.AddRespondents(pending.AsSpan(0, used));
            used = 0;
            return tally;
        }
    }

    /// <summary>Counts every error and keeps the first few; text is copied only for the kept ones.</summary>
    private sealed class ErrorLog(int capacity)
    {
        private readonly ImmutableArray<SurveyRowError>.Builder kept = ImmutableArray.CreateBuilder<SurveyRowError>();

        internal long Count { get; private set; }

        internal void Add(long line, string column, ReadOnlySpan<char> text, string message)
        {
            Count++;
            if (kept.Count < capacity)
            {
                kept.Add(new SurveyRowError(line, column, text.ToString(), message));
            }
        }

        internal EquatableArray<SurveyRowError> ToArray() => new(kept.ToImmutable());
    }

    private static bool AllUnanswered(ReadOnlySpan<int> answers)
    {
        foreach (int a in answers)
        {
            if (a != SurveyTally.Unanswered)
            {
                return false;
            }
        }
        return true;
    }
}
