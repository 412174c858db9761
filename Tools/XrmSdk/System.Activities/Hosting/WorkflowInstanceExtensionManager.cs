using System.Collections.Generic;

namespace System.Activities.Hosting
{
    /// <summary>The services a host offers to the activities it runs (ActivityContext.GetExtension).</summary>
    public class WorkflowInstanceExtensionManager
    {
        private readonly List<object> _singletons = new List<object>();
        private readonly List<Func<object>> _providers = new List<Func<object>>();
        private bool _isReadOnly;

        public WorkflowInstanceExtensionManager()
        {
        }

        public virtual void Add(object singletonExtension)
        {
            ThrowIfReadOnly();
            _singletons.Add(singletonExtension ?? throw new ArgumentNullException(nameof(singletonExtension)));
        }

        public virtual void Add<T>(Func<T> extensionCreationFunction) where T : class
        {
            ThrowIfReadOnly();
            if (extensionCreationFunction == null)
            {
                throw new ArgumentNullException(nameof(extensionCreationFunction));
            }
            _providers.Add(() => extensionCreationFunction());
        }

        public void MakeReadOnly() => _isReadOnly = true;

        // One run's extensions: the singletons, then one instance from each provider (created per run, as WF does).
        internal IReadOnlyList<object> CreateRunExtensions()
        {
            var extensions = new List<object>(_singletons);
            foreach (var provider in _providers)
            {
                extensions.Add(provider());
            }
            return extensions;
        }

        private void ThrowIfReadOnly()
        {
            if (_isReadOnly)
            {
                throw new InvalidOperationException("The extension manager is read-only: add extensions before the workflow runs.");
            }
        }
    }
}
