using System;
using System.IO;

namespace Sakip.Measurement.Ikm;

/// <summary>How a CSV cell was read.</summary>
internal enum CsvCellStatus
{
    /// <summary>The cell was read whole.</summary>
    Complete = 0,

    /// <summary>The cell is longer than <see cref="CsvTokenizer.MaxCellLength"/>; the value holds its start.</summary>
    TooLong = 1,

    /// <summary>A quoted cell was still open at the end of the input; the value holds what was read.</summary>
    Unterminated = 2,
}

/// <summary>
/// Splits RFC 4180 CSV into records and cells, one physical line at a time (<see cref="TextReader.ReadLine"/>):
/// cells are slices of the current line, or, when quoted with <c>""</c> escapes or line breaks, copied into
/// one reusable buffer of <see cref="MaxCellLength"/> characters. Memory does not grow with the input.
/// </summary>
/// <remarks>
/// Lenient where files in the wild are: white space before an opening quote and text after a closing
/// quote are kept; a line break inside quotes is read as <c>\n</c>.
/// </remarks>
internal sealed class CsvTokenizer
{
    /// <summary>The longest cell kept whole.</summary>
    internal const int MaxCellLength = 1024;

    private const char Quote = '"';

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly char[] buffer = new char[MaxCellLength];
    private string line = string.Empty;
    private string? pending;
    private int position;
    private bool recordEnded = true;
    private int length;
    private bool truncated;

    /// <summary>Initializes a tokenizer whose first record starts on an already read line.</summary>
    internal CsvTokenizer(TextReader reader, char delimiter, string firstLine, long firstLineNumber)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        pending = firstLine;
        LineNumber = firstLineNumber;
    }

    /// <summary>Gets the 1-based number of the last physical line read.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>Gets the 1-based line number on which the current record starts.</summary>
    internal long RecordLine { get; private set; }

    /// <summary>Counts the delimiters outside quotes on a line.</summary>
    internal static int CountOutsideQuotes(string text, char delimiter)
    {
        int count = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Moves to the next record; <see langword="false"/> at the end of the input.</summary>
    internal bool NextRecord()
    {
        string? next = pending;
        pending = null;
        if (next is null)
        {
            next = reader.ReadLine();
            if (next is null)
            {
                return false;
            }
            LineNumber++;
        }
        line = next;
        position = 0;
        recordEnded = false;
        RecordLine = LineNumber;
        return true;
    }

    /// <summary>Reads the next cell of the current record; <see langword="false"/> when the record has no more cells.</summary>
    /// <remarks>The value is valid until the next call.</remarks>
    internal bool NextCell(out ReadOnlySpan<char> value, out CsvCellStatus status)
    {
        if (recordEnded)
        {
            value = default;
            status = CsvCellStatus.Complete;
            return false;
        }
        int start = position;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }
        if (start < line.Length && line[start] == Quote)
        {
            position = start + 1;
            status = ReadQuoted(out value);
            return true;
        }
        value = TakeUntilDelimiter();
        status = CsvCellStatus.Complete;
        if (value.Length > MaxCellLength)
        {
            value = value[..MaxCellLength];
            status = CsvCellStatus.TooLong;
        }
        return true;
    }

    private ReadOnlySpan<char> TakeUntilDelimiter()
    {
        int end = line.IndexOf(delimiter, position);
        ReadOnlySpan<char> taken;
        if (end < 0)
        {
            taken = line.AsSpan(position);
            position = line.Length;
            recordEnded = true;
        }
        else
        {
            taken = line.AsSpan(position, end - position);
            position = end + 1;
        }
        return taken;
    }

    private CsvCellStatus ReadQuoted(out ReadOnlySpan<char> value)
    {
        length = 0;
        truncated = false;
        bool copied = false;
        int start = position;
        while (true)
        {
            int quote = line.IndexOf(Quote, position);
            if (quote < 0)
            {
                // A line break inside the quotes: the cell goes on on the next line.
                Append(line.AsSpan(start));
                Append("\n");
                copied = true;
                string? next = reader.ReadLine();
                if (next is null)
                {
                    recordEnded = true;
                    value = buffer.AsSpan(0, length);
                    return CsvCellStatus.Unterminated;
                }
                LineNumber++;
                line = next;
                position = 0;
                start = 0;
                continue;
            }
            if (quote + 1 < line.Length && line[quote + 1] == Quote)
            {
                // "" is one quote character.
                Append(line.AsSpan(start, quote + 1 - start));
                copied = true;
                position = quote + 2;
                start = position;
                continue;
            }
            var inside = line.AsSpan(start, quote - start);
            position = quote + 1;
            var after = TakeUntilDelimiter();
            bool afterIsBlank = after.IsWhiteSpace();
            if (!copied && afterIsBlank)
            {
                value = inside;
                if (inside.Length > MaxCellLength)
                {
                    value = inside[..MaxCellLength];
                    return CsvCellStatus.TooLong;
                }
                return CsvCellStatus.Complete;
            }
            Append(inside);
            if (!afterIsBlank)
            {
                Append(after);
            }
            value = buffer.AsSpan(0, length);
            return truncated ? CsvCellStatus.TooLong : CsvCellStatus.Complete;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        int room = MaxCellLength - length;
        if (text.Length > room)
        {
            text = text[..room];
            truncated = true;
        }
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }
}
