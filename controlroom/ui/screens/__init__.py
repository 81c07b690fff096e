"""The screens in the venue (Skjermer): the web server's controller and the panel with every view's link."""
