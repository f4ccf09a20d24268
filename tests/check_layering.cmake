# Checks the layers of ARCHITECTURE.md on the sources: models/ and the CLI use no GUI
# module; previewer/ does not reach into designer/. Run by CTest (test "layering").
#   cmake -DROOT=<project root> -P check_layering.cmake
set(gui_include "#include[ \t]*<(Qt(Gui|Widgets|WebEngine[A-Za-z]*|Svg)/|Q(Widget|Application|GuiApplication|Pixmap|Icon|Image|Color|Font|Painter|Action|UndoStack|UndoCommand|Dialog|MainWindow)[>])")
set(designer_include "#include[ \t]*\"(app|cli|codeview|common|files|formeditor|problems|undo)/")
set(failures "")

function(check_folder folder pattern what)
  file(GLOB_RECURSE files "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
      file(RELATIVE_PATH rel "${ROOT}" "${f}")
      set(failures "${failures}\n  ${rel}: ${what}: ${line}" PARENT_SCOPE)
    endforeach()
  endforeach()
endfunction()

check_folder(models "${gui_include}" "models may not use a GUI module")
check_folder(designer/cli "${gui_include}" "the command-line tool may not use a GUI module")
check_folder(previewer "${designer_include}" "the previewer may not include designer code")

if(failures)
  message(FATAL_ERROR "Layering violations:${failures}")
endif()
message(STATUS "Layers respected: models and the CLI use no GUI module; previewer does not include designer code")
