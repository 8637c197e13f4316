using System;
using System.Threading;
using System.Threading.Tasks;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>One numeric capaian to compute in a batch: target, realisasi (possibly missing) and polarity.</summary>
/// <remarks>
/// <para>The default value is target 0 with no realisasi.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct CapaianInput : IEquatable<CapaianInput>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="target">The target; must not be negative.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not yet reported.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative or <paramref name="polarity"/> undefined.</exception>
    public CapaianInput(decimal target, decimal? realisasi, Polarity polarity)
    {
        Capaian.CheckTarget(target, nameof(target));
        Capaian.CheckPolarity(polarity);
        Target = target;
        HasRealisasi = realisasi.HasValue;
        RealisasiValue = realisasi.GetValueOrDefault();
        Polarity = polarity;
    }

    /// <summary>Gets the target.</summary>
    public decimal Target { get; }

    /// <summary>Gets a value indicating whether a realisasi was reported.</summary>
    public bool HasRealisasi { get; }

    /// <summary>Gets the realisasi, or <see langword="null"/> when not reported.</summary>
    public decimal? Realisasi => HasRealisasi ? RealisasiValue : null;

    /// <summary>Gets the polarity.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the realisasi, or 0 when not reported (read with <see cref="HasRealisasi"/>).</summary>
    internal decimal RealisasiOrZero => RealisasiValue;

    private decimal RealisasiValue { get; }

    /// <inheritdoc />
    public bool Equals(CapaianInput other) =>
        Target == other.Target && HasRealisasi == other.HasRealisasi && RealisasiValue == other.RealisasiValue && Polarity == other.Polarity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CapaianInput other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, HasRealisasi, RealisasiValue, Polarity);

    /// <summary>Compares two inputs for equality.</summary>
    /// <param name="left">The first input.</param>
    /// <param name="right">The second input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CapaianInput left, CapaianInput right) => left.Equals(right);

    /// <summary>Compares two inputs for inequality.</summary>
    /// <param name="left">The first input.</param>
    /// <param name="right">The second input.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CapaianInput left, CapaianInput right) => !left.Equals(right);
}

/// <summary>Which value of a <see cref="CapaianResult"/> a predikat or a mean is taken on.</summary>
public enum CapaianBasis
{
    /// <summary>The capped value (the 2023 seed reports grade and average the capped capaian).</summary>
    Capped = 0,

    /// <summary>The raw value (uncapped reports, reviews).</summary>
    Raw = 1,
}

/// <summary>
/// Capaian and predikat over large batches (national scale is about 18 million
/// indicator-quarters) without allocating per item: inputs and outputs are spans the caller owns.
/// </summary>
/// <remarks>
/// <para>Every item gets exactly the result of <see cref="Capaian.Calculate(decimal, decimal?, Polarity, CapaianPolicy)"/>,
/// so a batch and a loop of single calls agree to the digit. For operands of the sizes reports have
/// (64-bit mantissas, a capaian below 900 %) the batch computes the 16-place ratio with one integer
/// division and takes the capping (and the band) from integer thresholds built once per policy and
/// scale; every other input goes through the single-call core.</para>
/// <para>For a national batch on all cores, <see cref="EvaluateParallel"/> and
/// <see cref="CapaianGrader.CountPerBandParallel"/> cut it into fixed partitions; their results are
/// those of the sequential methods.</para>
/// </remarks>
public static class CapaianBatch
{
    // Items per partition of a parallel run: large enough that scheduling costs nothing per item,
    // small enough that the cores share a batch of 100 000 evenly.
    private const int PartitionSize = 16_384;

    // The capping tables of the last policy Calculate used: a cache of an immutable object,
    // replaced whole when another policy comes, so that a batch call does not rebuild them.
    private static RatioEvaluator? lastCalculator;

    /// <summary>Computes the capaian of every input.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="results">Receives one result per input, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="inputs"/>.</exception>
    public static void Calculate(ReadOnlySpan<CapaianInput> inputs, CapaianPolicy policy, Span<CapaianResult> results)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckLength(inputs.Length, results.Length, nameof(results));
        var calculator = Volatile.Read(ref lastCalculator);
        if (calculator is null || !(ReferenceEquals(calculator.Policy, policy) || calculator.Policy.Equals(policy)))
        {
            calculator = new RatioEvaluator(policy, scale: null, CapaianBasis.Capped);
            Volatile.Write(ref lastCalculator, calculator);
        }
        calculator.Evaluate(inputs, results, Span<int>.Empty);
    }

    /// <summary>Grades computed results on a scale.</summary>
    /// <param name="results">The results.</param>
    /// <param name="scale">The predikat scale.</param>
    /// <param name="basis">Whether to grade the capped or the raw value.</param>
    /// <param name="bandIndexes">Receives, per result, the index into <see cref="PredikatScale.Bands"/>, or −1 when there is no capaian or it lies outside the scale.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bandIndexes"/> is shorter than <paramref name="results"/>.</exception>
    public static void Classify(ReadOnlySpan<CapaianResult> results, PredikatScale scale, CapaianBasis basis, Span<int> bandIndexes)
    {
        ArgumentNullException.ThrowIfNull(scale);
        CheckLength(results.Length, bandIndexes.Length, nameof(bandIndexes));
        for (int i = 0; i < results.Length; i++)
        {
            ref readonly CapaianResult result = ref results[i];
            bandIndexes[i] = result.HasValue
                ? scale.IndexOf(basis == CapaianBasis.Raw ? result.Raw : result.Value)
                : -1;
        }
    }

    /// <summary>Computes the capaian of every input and grades it in one pass.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="scale">The predikat scale.</param>
    /// <param name="basis">Whether to grade the capped or the raw value.</param>
    /// <param name="results">Receives one result per input.</param>
    /// <param name="bandIndexes">Receives one band index per input (−1 when none).</param>
    /// <remarks>
    /// Each result equals <see cref="Capaian.Calculate(decimal, decimal?, Polarity, CapaianPolicy)"/>
    /// of the input and each band <see cref="PredikatScale.IndexOf"/> of its basis value. For operands
    /// of the sizes reports have (64-bit mantissas, a capaian below 900 %) the ratio takes one integer
    /// division and the capping and the band are integer comparisons of its mantissa with thresholds
    /// the scale keeps for the last policy and basis it graded (see <see cref="CapaianGrader"/>); other
    /// operands take the general exact path.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentException">An output span is shorter than <paramref name="inputs"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="CapaianBasis"/>.</exception>
    public static void Evaluate(
        ReadOnlySpan<CapaianInput> inputs,
        CapaianPolicy policy,
        PredikatScale scale,
        CapaianBasis basis,
        Span<CapaianResult> results,
        Span<int> bandIndexes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(scale);
        CheckLength(inputs.Length, results.Length, nameof(results));
        CheckLength(inputs.Length, bandIndexes.Length, nameof(bandIndexes));
        scale.GraderFor(policy, basis).Evaluate(inputs, results, bandIndexes);
    }

    /// <summary>
    /// Computes the capaian of every input and grades it, on several cores: the inputs are cut into
    /// fixed partitions of 16 384 items and each partition is evaluated, by
    /// <see cref="Evaluate"/>, into the same positions of the outputs. Every item is independent of
    /// the others, so the outputs are exactly those of <see cref="Evaluate"/> whatever the number
    /// of cores or the order in which partitions finish.
    /// </summary>
    /// <param name="inputs">The inputs (a national batch: spans cannot cross threads, memory can).</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="scale">The predikat scale.</param>
    /// <param name="basis">Whether to grade the capped or the raw value.</param>
    /// <param name="results">Receives one result per input.</param>
    /// <param name="bandIndexes">Receives one band index per input (−1 when none).</param>
    /// <param name="maxDegreeOfParallelism">The most partitions evaluated at once: −1 for as many as the runtime sees fit (all cores), or 1 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentException">An output is shorter than <paramref name="inputs"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined <see cref="CapaianBasis"/>, or <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static void EvaluateParallel(
        ReadOnlyMemory<CapaianInput> inputs,
        CapaianPolicy policy,
        PredikatScale scale,
        CapaianBasis basis,
        Memory<CapaianResult> results,
        Memory<int> bandIndexes,
        int maxDegreeOfParallelism = -1)
    {
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(scale);
        CheckLength(inputs.Length, results.Length, nameof(results));
        CheckLength(inputs.Length, bandIndexes.Length, nameof(bandIndexes));
        var options = ParallelOptionsFor(maxDegreeOfParallelism);
        var grader = scale.GraderFor(policy, basis);
        Parallel.For(0, PartitionCount(inputs.Length, PartitionSize), options, p =>
        {
            int start = p * PartitionSize;
            int length = Math.Min(PartitionSize, inputs.Length - start);
            grader.Evaluate(inputs.Span.Slice(start, length), results.Span.Slice(start, length), bandIndexes.Span.Slice(start, length));
        });
    }

    /// <summary>Counts band indexes per band, e.g. for an "ikhtisar" of how many indicators got each predikat.</summary>
    /// <param name="bandIndexes">Band indexes as produced by <see cref="Classify"/> (−1 entries are not counted).</param>
    /// <param name="countsPerBand">Receives the count per band; its length must be the scale's band count. It is cleared first.</param>
    /// <returns>The number of entries without a band (−1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is below −1 or not below the length of <paramref name="countsPerBand"/>.</exception>
    public static int CountPerBand(ReadOnlySpan<int> bandIndexes, Span<int> countsPerBand)
    {
        countsPerBand.Clear();
        int unclassified = 0;
        foreach (int index in bandIndexes)
        {
            if (index == -1)
            {
                unclassified++;
            }
            else if (unchecked((uint)index) < (uint)countsPerBand.Length) // below −1 wraps above every length
            {
                countsPerBand[index]++;
            }
            else
            {
                throw new ArgumentOutOfRangeException(nameof(bandIndexes), index, "A band index is outside the counts span.");
            }
        }
        return unclassified;
    }

    /// <summary>The number of fixed-size partitions that cover a batch.</summary>
    internal static int PartitionCount(int length, int partitionSize) => (length + partitionSize - 1) / partitionSize;

    /// <summary>Partition <paramref name="index"/> of a batch cut into pieces of <paramref name="partitionSize"/>.</summary>
    internal static ReadOnlyMemory<T> Partition<T>(ReadOnlyMemory<T> batch, int index, int partitionSize)
    {
        int start = index * partitionSize;
        return batch.Slice(start, Math.Min(partitionSize, batch.Length - start));
    }

    /// <summary>Checks a degree of parallelism (−1 or at least 1) and wraps it in options.</summary>
    internal static ParallelOptions ParallelOptionsFor(int maxDegreeOfParallelism) =>
        new() { MaxDegreeOfParallelism = Preconditions.CheckDegreeOfParallelism(maxDegreeOfParallelism) };

    internal static void CheckLength(int expected, int actual, string paramName)
    {
        if (actual < expected)
        {
            throw new ArgumentException($"The span has {actual} elements but {expected} are needed.", paramName);
        }
    }
}
