using BenchmarkDotNet.Running;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Entry point. Run with e.g.
/// <c>dotnet run -c Release --project benchmarks/Sakip.Measurement.Benchmarks -- --filter '*' --job short</c>.
/// </summary>
/// <remarks>
/// Deliberately no <c>using Sakip.Measurement;</c> here: the library has a domain type
/// <c>Sakip.Measurement.Program</c> (a budget program), and this class is
/// <c>Sakip.Measurement.Benchmarks.Program</c>.
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> (BenchmarkDotNet's command line).</summary>
    /// <param name="args">BenchmarkDotNet arguments such as <c>--filter</c> and <c>--job</c>.</param>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
