namespace Metrics;

/// <summary>The collection's states with their types in view, for serialization formats.</summary>
public sealed partial class MetricCollection
{
    /// <summary>
    /// Shows every state the collection updates to <paramref name="visitor"/>, each shared statistic once, in the order
    /// the members created them (the same order for every collection made from the same configuration).
    /// </summary>
    /// <typeparam name="TVisitor">The visitor's type.</typeparam>
    /// <param name="visitor">The visitor.</param>
    public void VisitStates<TVisitor>(ref TVisitor visitor)
        where TVisitor : IStateVisitor
    {
        foreach (var state in _states)
        {
            state.Visit(ref visitor);
        }
    }

    /// <summary>
    /// Replaces every state, in the order of <see cref="VisitStates{TVisitor}"/>, by what <paramref name="replacer"/>
    /// supplies (a checkpoint read back): all of them, or none when the replacer throws or a replacement has other
    /// parameters. Afterwards members can no longer be added, as after an update.
    /// </summary>
    /// <typeparam name="TReplacer">The replacer's type.</typeparam>
    /// <param name="replacer">The replacer.</param>
    /// <exception cref="ArgumentException">A replacement has other parameters than the state it replaces; no state changed.</exception>
    public void ReplaceStates<TReplacer>(ref TReplacer replacer)
        where TReplacer : IStateReplacer
    {
        var prepared = 0;
        try
        {
            for (; prepared < _states.Count; prepared++)
            {
                _states[prepared].PrepareReplace(ref replacer);
            }
        }
        catch
        {
            for (var i = 0; i < prepared; i++)
            {
                _states[i].FinishMerge(apply: false);
            }

            throw;
        }

        foreach (var state in _states)
        {
            state.FinishMerge(apply: true);
        }

        _accumulated = true;
    }
}
