using System;
using System.IO;
using System.Runtime.CompilerServices;

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
/// Splits RFC 4180 CSV into records and cells, one physical line at a time: the input is read in
/// blocks into one reusable character buffer, and a line is a slice of it (line breaks as
/// <see cref="TextReader.ReadLine"/> reads them: <c>\n</c>, <c>\r</c> or <c>\r\n</c>). Cells are slices
/// of the current line, or, when quoted with <c>""</c> escapes or line breaks, copied into one
/// reusable buffer of <see cref="MaxCellLength"/> characters. Nothing is allocated per line or per
/// cell; memory grows only for a line longer than the block.
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

    // Characters read from the input at a time (128 KB).
    private const int BlockLength = 65_536;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly char[] cell = new char[MaxCellLength];
    private char[] buffer;
    private int unread; // where the next line starts in the buffer
    private int filled; // how many characters of the buffer hold input
    private bool endOfInput;
    private int lineStart;
    private int lineLength;
    private int position; // in the current line
    private bool recordEnded = true;
    private int length;
    private bool truncated;

    /// <summary>Initializes a tokenizer whose first record starts on an already read line.</summary>
    internal CsvTokenizer(TextReader reader, char delimiter, string firstLine, long firstLineNumber)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        buffer = new char[Math.Max(BlockLength, 2 * (firstLine.Length + 1))];
        // The first line goes back in front of the rest of the input, as the line it was.
        firstLine.CopyTo(buffer);
        buffer[firstLine.Length] = '\n';
        filled = firstLine.Length + 1;
        LineNumber = firstLineNumber - 1;
    }

    /// <summary>Gets the 1-based number of the last physical line read.</summary>
    internal long LineNumber { get; private set; }

    /// <summary>Gets the 1-based line number on which the current record starts.</summary>
    internal long RecordLine { get; private set; }

    private ReadOnlySpan<char> Line => buffer.AsSpan(lineStart, lineLength);

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
        if (!NextLine())
        {
            return false;
        }
        position = 0;
        recordEnded = false;
        RecordLine = LineNumber;
        return true;
    }

    /// <summary>Reads the next cell of the current record; <see langword="false"/> when the record has no more cells.</summary>
    /// <remarks>The value is valid until the next call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool NextCell(out ReadOnlySpan<char> value, out CsvCellStatus status)
    {
        // The common cell, inlined into the caller's loop: one character, then the delimiter (a space
        // is such a cell too: the general path skips spaces only to find an opening quote).
        int start = position;
        if (!recordEnded && start + 1 < lineLength)
        {
            var pair = buffer.AsSpan(lineStart + start, 2);
            char first = pair[0];
            if (pair[1] == delimiter && first != delimiter && first != Quote)
            {
                value = pair[..1];
                position = start + 2;
                status = CsvCellStatus.Complete;
                return true;
            }
        }
        return NextCellInGeneral(out value, out status);
    }

    private bool NextCellInGeneral(out ReadOnlySpan<char> value, out CsvCellStatus status)
    {
        if (recordEnded)
        {
            value = default;
            status = CsvCellStatus.Complete;
            return false;
        }
        var line = Line;
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

    // The next physical line as a slice of the buffer; false at the end of the input.
    private bool NextLine()
    {
        while (true)
        {
            var rest = buffer.AsSpan(unread, filled - unread);
            int end = rest.IndexOfAny('\r', '\n');
            if (end >= 0 && (rest[end] == '\n' || end + 1 < rest.Length || endOfInput))
            {
                lineStart = unread;
                lineLength = end;
                unread += end + 1;
                if (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n')
                {
                    unread++;
                }
                LineNumber++;
                return true;
            }
            if (endOfInput)
            {
                if (rest.IsEmpty)
                {
                    return false;
                }
                lineStart = unread;
                lineLength = rest.Length;
                unread = filled;
                LineNumber++;
                return true;
            }
            Fill();
        }
    }

    // Moves the unread characters to the front and reads more behind them (a line longer than the
    // buffer doubles it). The current line is no longer needed when this runs.
    private void Fill()
    {
        int kept = filled - unread;
        if (unread > 0)
        {
            Array.Copy(buffer, unread, buffer, 0, kept);
            unread = 0;
            filled = kept;
        }
        if (filled == buffer.Length)
        {
            Array.Resize(ref buffer, 2 * buffer.Length);
        }
        int read = reader.Read(buffer, filled, buffer.Length - filled);
        if (read == 0)
        {
            endOfInput = true;
        }
        filled += read;
    }

    private ReadOnlySpan<char> TakeUntilDelimiter()
    {
        var line = Line;
        var rest = line[position..];
        // A blank answer cell is common: look at it before searching (a one-character cell followed by
        // the delimiter has been taken by NextCell already).
        int end = rest.Length > 0 && rest[0] == delimiter ? 0 : rest.IndexOf(delimiter);
        if (end < 0)
        {
            position = line.Length;
            recordEnded = true;
            return rest;
        }
        position += end + 1;
        return rest[..end];
    }

    private CsvCellStatus ReadQuoted(out ReadOnlySpan<char> value)
    {
        length = 0;
        truncated = false;
        bool copied = false;
        int start = position;
        while (true)
        {
            var line = Line;
            int quote = line[position..].IndexOf(Quote);
            if (quote < 0)
            {
                // A line break inside the quotes: the cell goes on on the next line.
                Append(line[start..]);
                Append("\n");
                copied = true;
                if (!NextLine())
                {
                    recordEnded = true;
                    value = cell.AsSpan(0, length);
                    return CsvCellStatus.Unterminated;
                }
                position = 0;
                start = 0;
                continue;
            }
            quote += position;
            if (quote + 1 < line.Length && line[quote + 1] == Quote)
            {
                // "" is one quote character.
                Append(line[start..(quote + 1)]);
                copied = true;
                position = quote + 2;
                start = position;
                continue;
            }
            var inside = line[start..quote];
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
            value = cell.AsSpan(0, length);
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
        text.CopyTo(cell.AsSpan(length));
        length += text.Length;
    }
}
