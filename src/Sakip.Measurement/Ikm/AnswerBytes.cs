using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Sakip.Measurement.Ikm;

/// <summary>
/// Tallies survey answers stored one byte per answer, respondent after respondent (the natural
/// shape of a survey export): per element, how many 1s, 2s, 3s and 4s, and per respondent the
/// (answers given, sum of answers) bin <see cref="SurveyTally"/> keeps.
/// </summary>
/// <remarks>
/// <para><b>Counting</b> is vectorised (<see cref="Vector{T}"/> of bytes). The element of a byte is
/// its offset modulo the element count E, so a run of <c>lcm(E, W)</c> bytes (W bytes per vector)
/// puts every element in the same lanes each time: per value 1–4 and per vector of that run, a
/// vector of byte counters adds 1 where a lane equals the value (the comparison's all-ones lane is
/// −1, subtracted). Counters are emptied into 64-bit totals every 255 runs, before a byte can
/// overflow. Respondents after the last whole run are counted one answer at a time.</para>
/// <para><b>Per respondent</b>, eight answers are read as one 64-bit word: with every byte at most
/// 4, multiplying by <c>0x0101…01</c> sums the bytes into the top byte, and the same on
/// <c>(x | x &gt;&gt; 1 | x &gt;&gt; 2) &amp; 0x0101…01</c> counts the answered ones. The same words
/// check the answers: a byte is above 4 when it has a bit above the third, or when adding 123
/// sets its top bit.</para>
/// <para>Nothing is written to the caller's totals until every answer has been checked, so a bad
/// answer leaves them as they were.</para>
/// </remarks>
internal static class AnswerBytes
{
    private const ulong Ones = 0x0101_0101_0101_0101UL;
    private const ulong HighBits = 0x8080_8080_8080_8080UL;
    private const ulong AboveSeven = 0xF8F8_F8F8_F8F8_F8F8UL; // any bit above the third
    private const ulong PlusOneHundredTwentyThree = 0x7B7B_7B7B_7B7B_7B7BUL; // 5…7 + 123 ≥ 128

    // Byte counters are emptied before 255 additions can overflow them.
    private const int RunsPerFlush = 255;

    // Runs longer than this many vectors (an element count sharing no factor with the vector
    // width, above 32) are counted one answer at a time.
    private const int MaxVectorsPerRun = 64;

    /// <summary>
    /// Counts <paramref name="answers"/> (E = <paramref name="elements"/> bytes per respondent) into
    /// <paramref name="counts"/> (element × 4 + answer − 1) and <paramref name="bins"/>
    /// (answered × <paramref name="sumsPerAnswerCount"/> + sum; bin 0 is the respondents who
    /// answered nothing). With <paramref name="useVectors"/> (the default) whole runs are counted with
    /// vectors where the hardware accelerates them and a run is short enough; without, one answer at a
    /// time, so that tests compare both ways on any machine.
    /// </summary>
    /// <returns>−1 when every answer is 0–4; otherwise the offset of the first bad answer, and nothing was added.</returns>
    internal static int Tally(ReadOnlySpan<byte> answers, int elements, Span<long> counts, Span<long> bins, int sumsPerAnswerCount,
        bool useVectors = true)
    {
        // Four copies of the bins, a respondent's bin taken from copy (row mod 4): consecutive
        // respondents often share a bin, and one counter incremented row after row would make
        // each increment wait for the last.
        int binCount = bins.Length;
        Span<long> rowBins = 4 * binCount <= 2048 ? stackalloc long[4 * binCount] : new long[4 * binCount];
        rowBins.Clear();
        Span<long> answerCounts = counts.Length <= 1024 ? stackalloc long[counts.Length] : new long[counts.Length];
        answerCounts.Clear();

        // Blocks of whole vector runs small enough to stay in the first caches: the respondents
        // pass reads them from memory, the counting pass from cache.
        var counter = new RunCounter(elements, useVectors);
        int blockBytes = counter.BlockBytes;
        int offset = 0;
        while (offset < answers.Length)
        {
            int length = Math.Min(blockBytes, answers.Length - offset);
            var block = answers.Slice(offset, length);
            if (!TallyRespondents(block, elements, rowBins, binCount, sumsPerAnswerCount))
            {
                return offset + FirstBadAnswer(block);
            }
            counter.Count(block, answerCounts);
            offset += length;
        }
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] += answerCounts[i];
        }
        for (int i = 0; i < binCount; i++)
        {
            bins[i] += rowBins[i] + rowBins[binCount + i] + rowBins[(2 * binCount) + i] + rowBins[(3 * binCount) + i];
        }
        return -1;
    }

    /// <summary>Returns the offset of the first byte above 4, or −1.</summary>
    internal static int FirstBadAnswer(ReadOnlySpan<byte> answers) =>
        answers.IndexOfAnyInRange((byte)(IkmDefinition.MaxAnswer + 1), byte.MaxValue);

    // Each respondent's (answers given, sum) into its bin; false when an answer is above 4.
    private static bool TallyRespondents(ReadOnlySpan<byte> answers, int elements, Span<long> bins, int binCount, int sumsPerAnswerCount)
    {
        unchecked
        {
            int rows = answers.Length / elements;
            int words = elements / 8;
            int rest = elements - (8 * words);
            ulong bad = 0;
            int offset = 0;
            for (int row = 0; row < rows; row++)
            {
                int sum = 0;
                int answered = 0;
                for (int w = 0; w < words; w++)
                {
                    ulong x = BinaryPrimitives.ReadUInt64LittleEndian(answers.Slice(offset, 8));
                    bad |= (x & AboveSeven) | ((x + PlusOneHundredTwentyThree) & HighBits);
                    sum += (int)((x * Ones) >> 56);
                    answered += (int)((((x | (x >> 1) | (x >> 2)) & Ones) * Ones) >> 56);
                    offset += 8;
                }
                for (int k = 0; k < rest; k++)
                {
                    uint a = answers[offset++];
                    bad |= a > IkmDefinition.MaxAnswer ? 1UL : 0UL;
                    sum += (int)a;
                    answered += a != 0 ? 1 : 0;
                }
                if (bad != 0)
                {
                    return false;
                }
                bins[((row & 3) * binCount) + (answered * sumsPerAnswerCount) + sum]++;
            }
            return true;
        }
    }

    /// <summary>
    /// Per element and value 1–4, how many answers, over blocks of whole respondents whose every
    /// byte is known to be 0–4: vector runs of <c>lcm(E, W)</c> bytes, the rest one at a time.
    /// </summary>
    internal readonly ref struct RunCounter
    {
        private readonly int elements;
        private readonly int width;
        private readonly int runBytes;
        private readonly int vectorsPerRun;
        private readonly bool vectorised;

        internal RunCounter(int elements, bool useVectors)
        {
            this.elements = elements;
            width = Vector<byte>.Count;
            runBytes = LeastCommonMultiple(elements, width);
            vectorsPerRun = runBytes / width;
            vectorised = useVectors && Vector.IsHardwareAccelerated && vectorsPerRun <= MaxVectorsPerRun;
            // At most 255 runs per block (the byte counters' limit); a block of whole respondents.
            BlockBytes = vectorised ? RunsPerFlush * runBytes : Math.Max(1, 65_536 / elements) * elements;
        }

        /// <summary>Gets the bytes of a block: whole runs, at most 255 of them (or whole respondents, unvectorised).</summary>
        internal int BlockBytes { get; }

        /// <summary>Gets a value indicating whether whole runs are counted with vectors.</summary>
        internal bool Vectorised => vectorised;

        /// <summary>Adds the answers of <paramref name="block"/> (whole respondents) to <paramref name="counts"/>.</summary>
        /// <returns>How many of the bytes were counted in vector runs (the rest one at a time).</returns>
        internal int Count(ReadOnlySpan<byte> block, Span<long> counts)
        {
            int counted = 0;
            if (vectorised)
            {
                int runs = block.Length / runBytes;
                Span<Vector<byte>> counters = stackalloc Vector<byte>[IkmDefinition.AnswerCount * vectorsPerRun];
                counters.Clear();
                for (int run = 0; run < runs; run++)
                {
                    var bytes = block.Slice(run * runBytes, runBytes);
                    for (int v = 0; v < vectorsPerRun; v++)
                    {
                        var value = new Vector<byte>(bytes.Slice(v * width, width));
                        counters[v] -= Vector.Equals(value, new Vector<byte>(1));
                        counters[vectorsPerRun + v] -= Vector.Equals(value, new Vector<byte>(2));
                        counters[(2 * vectorsPerRun) + v] -= Vector.Equals(value, new Vector<byte>(3));
                        counters[(3 * vectorsPerRun) + v] -= Vector.Equals(value, new Vector<byte>(4));
                    }
                }
                Flush(counters, counts);
                counted = runs * runBytes;
            }
            // Whatever no whole run covers, one answer at a time (offset `counted` is a row start).
            int e = 0;
            for (int i = counted; i < block.Length; i++)
            {
                int a = block[i];
                if (a != 0)
                {
                    counts[(e * IkmDefinition.AnswerCount) + a - 1]++;
                }
                e = e + 1 == elements ? 0 : e + 1;
            }
            return counted;
        }

        // Lane l of vector v holds byte v·W + l of every run, i.e. element (v·W + l) mod E.
        private void Flush(ReadOnlySpan<Vector<byte>> counters, Span<long> counts)
        {
            Span<byte> lanes = stackalloc byte[width];
            for (int answer = 0; answer < IkmDefinition.AnswerCount; answer++)
            {
                for (int v = 0; v < vectorsPerRun; v++)
                {
                    counters[(answer * vectorsPerRun) + v].CopyTo(lanes);
                    int element = v * width % elements;
                    for (int l = 0; l < width; l++)
                    {
                        counts[(element * IkmDefinition.AnswerCount) + answer] += lanes[l];
                        element = element + 1 == elements ? 0 : element + 1;
                    }
                }
            }
        }
    }

    private static int LeastCommonMultiple(int a, int b)
    {
        int x = a;
        int y = b;
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }
        return a / x * b;
    }
}
