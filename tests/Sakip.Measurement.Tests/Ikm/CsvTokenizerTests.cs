using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// <see cref="CsvTokenizer"/>: line breaks (<c>\n</c>, <c>\r\n</c>, <c>\r</c>, none at the end of the
/// input) wherever the reader's blocks end, including the 64 K-character buffer's edge; line
/// numbers; quoted cells (escapes, line breaks, text around the quotes); cells too long to keep;
/// and reading no further ahead than a line needs.
/// </summary>
public class CsvTokenizerTests
{
    private const int Block = 65_536;

    private static CsvTokenizer Tokenizer(string rest, string firstLine = "h", int chunk = int.MaxValue) =>
        new(new ScriptedReader(Chunks(rest, chunk)), ',', firstLine, 1);

    private static string[] Chunks(string text, int chunk)
    {
        var chunks = new List<string>();
        for (int at = 0; at < text.Length; at += chunk)
        {
            chunks.Add(text.Substring(at, Math.Min(chunk, text.Length - at)));
        }
        return [.. chunks];
    }

    // Every record as (its first line, its cells), and the cells' statuses.
    private static List<(long Line, string[] Cells)> Records(CsvTokenizer tokenizer, List<CsvCellStatus>? statuses = null)
    {
        var records = new List<(long, string[])>();
        while (tokenizer.NextRecord())
        {
            var cells = new List<string>();
            while (tokenizer.NextCell(out var value, out var status))
            {
                cells.Add(value.ToString());
                statuses?.Add(status);
            }
            records.Add((tokenizer.RecordLine, [.. cells]));
        }
        return records;
    }

    private static (string Value, CsvCellStatus Status) FirstCell(string line)
    {
        var tokenizer = new CsvTokenizer(new StringReader(string.Empty), ',', line, 1);
        Assert.True(tokenizer.NextRecord());
        Assert.True(tokenizer.NextCell(out var value, out var status));
        return (value.ToString(), status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Lines_EndAtAnyLineBreak_WhereverTheReadsEnd(int chunk)
    {
        var records = Records(Tokenizer("a,b\r\nc\rd\n\ne,f", chunk: chunk));

        Assert.Equal(
            ["1:h", "2:a|b", "3:c", "4:d", "5:", "6:e|f"],
            records.Select(r => $"{r.Line}:{string.Join('|', r.Cells)}"));
    }

    [Theory]
    [InlineData("a,1\r")]
    [InlineData("a,1\n")]
    [InlineData("a,1\r\n")]
    [InlineData("a,1")]
    public void TheLastLine_EndsWithOrWithoutALineBreak(string rest)
    {
        foreach (int chunk in new[] { 1, 2, int.MaxValue })
        {
            var tokenizer = Tokenizer(rest, chunk: chunk);

            var records = Records(tokenizer);

            Assert.Equal(["h", "a|1"], records.Select(r => string.Join('|', r.Cells)));
            Assert.Equal(2, records[^1].Line);
            Assert.Equal(2, tokenizer.LineNumber);
        }
    }

    [Fact]
    public void TheLastLineWithoutABreak_EndsAtItsLastCharacter_WhateverTheBufferHoldsAfterIt()
    {
        // The second read moves "z,9" to the buffer's start, in front of what the first left there
        // (",2,3,…"): the last line is "z,9" all the same.
        var tokenizer = new CsvTokenizer(new ScriptedReader("1,2,3,4,5,6\nz,9"), ',', "h", 1);

        var records = Records(tokenizer);

        Assert.Equal(["h", "1|2|3|4|5|6", "z|9"], records.Select(r => string.Join('|', r.Cells)));
        Assert.Equal(3, records[^1].Line);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void ALineBreakAtTheBuffersEdge_IsOneBreak(string lineBreak)
    {
        // The first read fills the 64 K-character buffer; its last character is the line break's
        // first (\r\n split over two reads).
        string rest = new string('z', Block - 1) + lineBreak + "b" + lineBreak + "c";

        var records = Records(new CsvTokenizer(new StringReader(rest), ',', "h", 1));

        Assert.Equal([1L, 2L, 3L, 4L], records.Select(r => r.Line));
        Assert.Equal(["b", "c"], records.Skip(2).Select(r => r.Cells.Single()));
    }

    [Fact]
    public void AFirstLineLongerThanTheBlock_IsReadWhole()
    {
        string first = string.Join(',', Enumerable.Repeat("abc", 20_000)); // 80 K characters

        var records = Records(new CsvTokenizer(new StringReader("x,y"), ',', first, 1));

        Assert.Equal(20_000, records[0].Cells.Length);
        Assert.Equal(["x", "y"], records[1].Cells);
    }

    [Fact]
    public void ALine_IsReturnedOnceItsBreakIsRead_WithoutReadingOn()
    {
        var reader = new ScriptedReader("a,b\n", "c\rd\r", "\ne\n");
        var tokenizer = new CsvTokenizer(reader, ',', "h", 1);

        Assert.True(tokenizer.NextRecord()); // the first line, already read
        Assert.Equal(0, reader.Reads);
        Assert.True(tokenizer.NextRecord()); // "a,b", its \n the last character read
        Assert.Equal(1, reader.Reads);
        Assert.True(tokenizer.NextRecord()); // "c", a \r with more after it
        Assert.Equal(2, reader.Reads);
        Assert.True(tokenizer.NextRecord()); // "d": its \r may be the first of \r\n, so the next read decides
        Assert.Equal(3, reader.Reads);
        Assert.Equal(4, tokenizer.LineNumber);
        Assert.True(tokenizer.NextRecord()); // "e", on line 5: \r\n was one break
        Assert.Equal(5, tokenizer.LineNumber);
        Assert.True(tokenizer.NextCell(out var e, out _));
        Assert.Equal("e", e.ToString());
        Assert.False(tokenizer.NextRecord());
    }

    [Fact]
    public void NextCell_BeforeTheFirstRecord_HasNoCell()
    {
        var tokenizer = Tokenizer("a,b");

        Assert.False(tokenizer.NextCell(out var value, out var status));
        Assert.True(value.IsEmpty);
        Assert.Equal(CsvCellStatus.Complete, status);
    }

    [Theory]
    [InlineData("a,b,c", "a|b|c")]
    [InlineData(",,", "||")]
    [InlineData(" , ,x", " | |x")] // white space alone is a cell's text
    [InlineData("\"a,b\",c", "a,b|c")]
    [InlineData("  \"a,b\" ,c", "a,b|c")] // white space around the quotes is not part of the cell
    [InlineData("\",a\",b", ",a|b")] // a quoted cell beginning with the delimiter
    [InlineData("\",\",\"\"", ",|")]
    [InlineData("\"x\"y,z", "xy|z")] // text after the closing quote is kept
    [InlineData("\"x\"\"\"y z,z", "x\"y z|z")]
    [InlineData("\"say \"\"hi\"\"\",z", "say \"hi\"|z")]
    [InlineData("12,345", "12|345")]
    public void Cells_FollowRfc4180_LenientlyAroundQuotes(string line, string cells)
    {
        var records = Records(Tokenizer(string.Empty, firstLine: line));

        Assert.Equal(cells, string.Join('|', Assert.Single(records).Cells));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void AQuotedLineBreak_IsReadAsNewline_AndTheRecordKeepsItsFirstLine(string lineBreak)
    {
        var records = Records(Tokenizer($"\"two{lineBreak}lines\",z{lineBreak}\"three{lineBreak}{lineBreak}lines\"{lineBreak}x", chunk: 3));

        Assert.Equal(["h", "two\nlines|z", "three\n\nlines", "x"], records.Select(r => string.Join('|', r.Cells)));
        Assert.Equal([1L, 2L, 4L, 7L], records.Select(r => r.Line));
    }

    [Fact]
    public void AnUnclosedQuote_IsUnterminated_WithWhatWasRead()
    {
        var statuses = new List<CsvCellStatus>();

        var records = Records(Tokenizer("1,\"abc\nde"), statuses);

        Assert.Equal(["1", "abc\nde\n"], records[1].Cells);
        Assert.Equal([CsvCellStatus.Complete, CsvCellStatus.Complete, CsvCellStatus.Unterminated], statuses);
    }

    [Theory]
    [InlineData(1023, "{0}")]
    [InlineData(1024, "{0}")]
    [InlineData(1024, "\"{0}\"")]
    [InlineData(1024, "  \"{0}\"  ")]
    public void ACellOfAtMost1024Characters_IsComplete(int length, string format)
    {
        string text = new('a', length);

        var (value, status) = FirstCell(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, text) + ",x");

        Assert.Equal(CsvCellStatus.Complete, status);
        Assert.Equal(text, value);
    }

    [Theory]
    [InlineData(1025, "{0}")]
    [InlineData(5000, "{0}")]
    [InlineData(1025, "\"{0}\"")]
    [InlineData(1025, "\"{0}\"b")]
    public void ACellOfMoreThan1024Characters_IsTooLong_WithItsStart(int length, string format)
    {
        string text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

        var (value, status) = FirstCell(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, text) + ",x");

        Assert.Equal(CsvCellStatus.TooLong, status);
        Assert.Equal(text[..CsvTokenizer.MaxCellLength], value);
    }

    [Fact]
    public void AnEscapedCell_IsCompleteUpTo1024Characters_AndTooLongBeyond()
    {
        // "" is one character: 1 022 + 1 + 1 = 1 024 characters kept whole, one more is too long.
        string exact = new string('a', 1022) + "\"\"" + "b";
        string over = exact + "c";

        var (exactValue, exactStatus) = FirstCell($"\"{exact}\",x");
        var (overValue, overStatus) = FirstCell($"\"{over}\",x");
        var (afterValue, afterStatus) = FirstCell($"\"{exact}\"d,x"); // text after the quote beyond the limit

        Assert.Equal((new string('a', 1022) + "\"b", CsvCellStatus.Complete), (exactValue, exactStatus));
        Assert.Equal((new string('a', 1022) + "\"b", CsvCellStatus.TooLong), (overValue, overStatus));
        Assert.Equal((new string('a', 1022) + "\"b", CsvCellStatus.TooLong), (afterValue, afterStatus));
    }

    [Fact]
    public void AQuotedCellOverManyLines_IsTooLongBeyond1024Characters()
    {
        string rest = "\"" + string.Join("\n", Enumerable.Repeat(new string('q', 99), 20)) + "\",x";
        var statuses = new List<CsvCellStatus>();
        var tokenizer = Tokenizer(rest);

        var records = Records(tokenizer, statuses);

        Assert.Equal(rest[1..(CsvTokenizer.MaxCellLength + 1)], records[1].Cells[0]);
        Assert.Equal("x", records[1].Cells[1]);
        Assert.Equal([CsvCellStatus.Complete, CsvCellStatus.TooLong, CsvCellStatus.Complete], statuses);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(21, tokenizer.LineNumber); // the cell took lines 2–21
    }

    [Theory]
    [InlineData("a,b,c", ',', 2)]
    [InlineData("a,\"b,c\",d", ',', 2)]
    [InlineData("\"\"\"\",x,\"y\"\"z,\"", ',', 2)]
    [InlineData("a;\"b;c\";d;e", ';', 3)]
    [InlineData("\"a,b", ',', 0)]
    [InlineData("", ',', 0)]
    public void CountOutsideQuotes_CountsDelimitersNotInQuotes(string text, char delimiter, int expected)
    {
        Assert.Equal(expected, CsvTokenizer.CountOutsideQuotes(text, delimiter));
    }

    /// <summary>A reader that returns the given chunks, one per read, and counts the reads.</summary>
    private sealed class ScriptedReader(params string[] chunks) : TextReader
    {
        private int next;

        public int Reads { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            Reads++;
            if (next == chunks.Length)
            {
                return 0;
            }
            string chunk = chunks[next++];
            Assert.True(chunk.Length <= count, "the buffer has room for the chunk");
            chunk.CopyTo(0, buffer, index, chunk.Length);
            return chunk.Length;
        }
    }
}
