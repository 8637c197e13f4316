using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Sakip.Measurement.Tests;

/// <summary>Reflection checks over the whole public surface, as NodaTime's ConsistencyTest does.</summary>
public class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Capaian).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedOrStatic_OrAClosedAbstractSet()
    {
        // An abstract class whose constructors no other assembly can call (private protected)
        // is a closed set of policies, as sealed as a sealed class.
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Where(t => !(t.IsAbstract && t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .All(c => c.IsPrivate || c.IsAssembly || c.IsFamilyAndAssembly)))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(mutable);
    }

    [Fact]
    public void EveryEquatablePublicType_HasEqualityOperators()
    {
        var missing = PublicTypes
            .Where(t => !t.IsEnum && !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is null)
            .Where(t => t.IsValueType)
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void NoPublicField_IsMutable()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToArray();
        Assert.Empty(fields);
    }
}
