using System.Diagnostics;
using System.Reflection;
using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

/// <summary>
/// A fact about the library as it ships, built with optimisations: skipped against a Debug build
/// of the library, whose code the compiler leaves unoptimised (a constant <c>ReadOnlySpan</c>
/// property then allocates an array on every read). The allocation-free paths are such facts;
/// <c>dotnet test -c Release</c> and scripts/mutation.sh run them.
/// </summary>
public sealed class OptimizedBuildFactAttribute : FactAttribute
{
    public OptimizedBuildFactAttribute()
    {
        if (typeof(ExactDecimal).Assembly.GetCustomAttribute<DebuggableAttribute>() is { IsJITOptimizerDisabled: true })
        {
            Skip = "The library is a Debug build; its allocations are those of unoptimised code.";
        }
    }
}
